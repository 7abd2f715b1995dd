import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A country in the subject of a passive verb ("the pact with Peru was announced, limiting tariffs
 * to 12%") did not act: the sentence tells what was done, and the rate is the home country's on it,
 * as with an active verb of someone else's. Sentences written for this test.
 */
describe('a passive verb after the country', () => {
  const paragraphs = [
    'On Monday, the pact with Peru was announced, limiting tariffs to 12%, well below the 30% Trump had threatened.',
  ];

  it('reads the rate as charged on the country', () => {
    const rates = articleRates(paragraphs, '2026-09-01');
    expect(rates).toContain('United States → Peru 12% current');
    expect(rates.filter((r) => r.startsWith('Peru →'))).toEqual([]);
  });

  it('keeps an active verb in -ing after "was" as the country’s own act', () => {
    const rates = articleRates(['Peru was raising its tariffs on US wheat to 14%.'], '2026-09-01');
    expect(rates.filter((r) => r.startsWith('Peru → United States 14%'))).toHaveLength(1);
  });

  it('answers /tariff peru with the limited rate', async () => {
    const { line } = await tariffPeru(paragraphs);
    expect(line).toMatch(/\*\*12%\*\*/);
  });
});
