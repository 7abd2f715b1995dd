/**
 * A rate told as held no more after its noun: "the 25% tariff on Peruvian goods is no longer in
 * force", "… are no longer being collected". One that will stop later holds until then. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a rate told as no longer in force', () => {
  it('reads the rate as replaced', () => {
    expect(
      articleRates(
        [
          'The 25% tariff on Peruvian goods is no longer in force after the ruling.',
          'The 30% duties on Chilean copper are no longer being collected, the customs agency said.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% previous', 'United States → Chile 30% previous']);
  });

  it('keeps a rate that will stop later out of the past', () => {
    expect(
      articleRates(['The 25% tariff on Peruvian goods will no longer be collected from Friday.'], '2026-09-01'),
    ).not.toContain('United States → Peru 25% previous');
  });

  it('shows /tariff peru no rate in force', async () => {
    const { line } = await tariffPeru(['The 25% tariff on Peruvian goods is no longer in force after the ruling.']);
    expect(line).not.toMatch(/^\*\*25%\*\*.*in force/u);
  });
});
