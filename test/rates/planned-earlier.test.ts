import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rise told as a plan of before ("previously set to rise to 25% from August 1") in a sentence
 * that gives what applies instead was only threatened (sentences written for this test; the class
 * comes from real news of the rates-status lane's set, stop 38).
 */
const CAPPED =
  'Duties on Peruvian goods, previously set to rise to 25% from August 1, will instead be capped at 15% under the order.';

describe('a rise planned before and replaced', () => {
  it('reads the planned level as threatened', () => {
    expect(articleRates([CAPPED], '2026-09-01')).toContain('United States → Peru 25% threatened');
  });

  it('answers /tariff without the planned level in force', async () => {
    const { line } = await tariffPeru([CAPPED]);
    expect(line).not.toMatch(/\*\*25%\*\*/);
  });
});
