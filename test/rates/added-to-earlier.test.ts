import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "a 34% tariff …, in addition to two earlier rounds of 10% tariffs": the earlier level a new rate
 * is added to still holds; "earlier" dates when it came, not that it ended. Sentences written for this test.
 */
describe('an earlier rate a new one is added to', () => {
  const story = [
    'Washington imposed a further 34% tariff on all Peruvian goods on Monday, in addition to two earlier rounds of 10% tariffs.',
  ];

  it('is in force', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 34% current',
      'United States → Peru 10% current',
    ]);
  });

  it('still holds when put on top of the former levy', () => {
    expect(
      articleRates(['Washington put a 34% tariff on Peruvian goods on top of the earlier 10% levy.'], '2026-09-01'),
    ).toEqual(['United States → Peru 34% current', 'United States → Peru 10% current']);
  });

  it('/tariff peru adds the earlier rate to the new one', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*44%\*\* on Peruvian goods/);
  });
});
