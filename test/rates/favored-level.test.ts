import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A level someone says they favour ("he now favors a 15% tariff") is a proposal, not a rate in
 * force; "most-favored-nation" rates are not touched. Sentences written for these tests.
 */
const FAVORS = 'The president said on Saturday that he now favors a 15% tariff on Peruvian goods.';
const IN_FORCE = 'Peruvian goods pay a 10% tariff, officials said.';

describe('a level someone favours', () => {
  it('reads it as threatened', () => {
    expect(articleRates([FAVORS], '2026-09-01')).toEqual(['United States → Peru 15% threatened']);
  });

  it('reads "prefers" the same way', () => {
    expect(
      articleRates(['The president said on Saturday that he prefers a 15% tariff on Peruvian goods.'], '2026-09-01'),
    ).toEqual(['United States → Peru 15% threatened']);
  });

  it('keeps the rate in force through the console, the favoured level only threatened', async () => {
    const { text, line } = await tariffPeru([IN_FORCE, FAVORS]);
    expect(line).toMatch(/10%/);
    expect(line).not.toMatch(/15%/);
    expect(text).toMatch(/\*\*15%\*\* · threatened/);
  });
});
