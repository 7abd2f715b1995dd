/**
 * A country followed by a phrase that happens to end in a word for an outlet ("a tariff on Peru on
 * social media", "on Peru over a television ad") is still the party taxed: only words that
 * describe the outlet ("Peruvian state media", "Peru's public broadcaster") make it a source of the
 * news. Sentences written for this test; the class comes from real wording (rates announced in posts).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a partner before a phrase ending in an outlet word', () => {
  it('stays the party taxed', () => {
    expect(
      sentenceRateLines('Trump announced a 35% tariff on Peru on social media late Thursday.', '2026-09-01'),
    ).toEqual(['United States → Peru 35% scheduled']);
    expect(sentenceRateLines('Trump imposed a 10% tariff on Peru over a television ad.', '2026-09-01')).toEqual([
      'United States → Peru 10% current',
    ]);
  });

  it('is shown by /tariff', async () => {
    const { line } = await tariffPeru(['Washington imposed a 20% tariff on Peru on social media on Monday.']);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force/);
  });

  it('still drops a country named only as the outlet’s', () => {
    expect(
      sentenceRateLines(
        'Peruvian state media said the 34% tariff on US goods would take effect on April 10.',
        '2026-09-01',
      ),
    ).toEqual([]);
  });
});
