import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A company's price rise told with its purpose ("raise prices by 5% to offset tariff costs", "… to
 * cover tariffs") is no part of a tariff, as "added 10% to the tariff" is (sentences written for
 * this test; the class comes from company news the precision lane probed, stop 54).
 */
const STORY = [
  'Washington set a 20% tariff on Peruvian goods last month.',
  'A Lima coffee roaster said it would raise prices by 5% to offset tariff costs.',
];

describe('a price rise with its purpose', () => {
  it('is no rate, and the tariff stays', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual(['United States → Peru 20% current']);
    expect(
      articleRates(['Under the US tariff on Peru, exporters lifted prices by 8% to cover tariffs.'], '2026-09-01'),
    ).toEqual([]);
  });

  it('still reads an amount added to a tariff', () => {
    expect(articleRates(['Washington added 10 percentage points to existing tariffs on Peru.'], '2026-09-01')).toEqual([
      'United States → Peru 10% current',
    ]);
  });

  it('never shows the 5% in /tariff', async () => {
    const { text } = await tariffPeru(STORY);
    expect(text).toContain('20%');
    expect(text).not.toContain('5%');
  });
});
