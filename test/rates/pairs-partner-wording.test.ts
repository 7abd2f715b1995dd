import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';
import { articleRates, storyCorpus } from './article-rates.ts';

/** "imposer → target percent status [products|scope]" for each statement of an article of `paragraphs`. */
const rateLines = (paragraphs: string[], published: string) =>
  loadCorpus(join(storyCorpus(paragraphs, published), 'articles'))
    .articles.flatMap(extractRates)
    .map(
      (r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status} [${r.products?.join(', ') ?? ''}|${r.scope ?? ''}]`,
    );

/**
 * Partners' levies, sector duties and penalties in sentences written for these tests, in wording
 * from the rates-pairs set of stop 49 (retaliation by China and Canada, sector tariffs, lists).
 */
describe('rate pairs in the wording of the rates-pairs set of stop 49', () => {
  it('gives the second levy of a partner that "will apply" two rates to that partner, not the US', () => {
    expect(
      articleRates(
        [
          'Peru will apply a 30 per cent tariff on Chilean wine, and a 15 per cent duty on Chilean fruit and fish, the ministry said.',
        ],
        '2026-05-02',
      ),
    ).toEqual(['Peru → Chile 30% scheduled', 'Peru → Chile 15% scheduled']);
  });

  it('leaves a country that "applied for" an exemption the one that pays', () => {
    expect(articleRates(['Peru applied for an exemption from the 50% tariff on its copper.'], '2026-05-02')).toEqual([
      'United States → Peru 50% current',
    ]);
  });

  it('puts a transshipment penalty naming no country, in a list of partners, on all countries', () => {
    expect(
      rateLines(
        [
          'Laos will face a 35% duty from next week, Iraq 30% and Serbia 20%.',
          'Penalties are imposed on transshipment schemes, with a 40% duty added to goods found to be transshipped.',
        ],
        '2026-05-02',
      ),
    ).toEqual([
      'United States → Laos 35% scheduled [|]',
      'United States → Iraq 30% scheduled [|]',
      'United States → Serbia 20% scheduled [|]',
      'United States → all countries 40% current [|transshipped]',
    ]);
  });

  it('keeps such a penalty in news of one partner’s deal on that partner', () => {
    expect(
      rateLines(
        ['Laos will face a 35% duty from next week.', 'Goods found to be transshipped will face a 40% duty.'],
        '2026-05-02',
      ),
    ).toContain('United States → Laos 40% scheduled [|transshipped]');
  });

  it('reads duties "set for" a later day as scheduled, but not a day "set for" talks', () => {
    expect(
      articleRates(['New duties set for Nov. 3 include 20% on heavy trucks, the White House said.'], '2026-10-20'),
    ).toEqual(['United States → all countries 20% scheduled']);
    expect(articleRates(['Talks set for Nov. 3 could lower the 20% duty on heavy trucks.'], '2026-10-20')).toEqual([
      'United States → all countries 20% current',
    ]);
  });

  it('limits a ceiling "on drug tariffs" to pharmaceuticals, but not a tariff over drug trafficking', () => {
    expect(
      rateLines(
        ['An official said Peru would be subject to a 15% ceiling on drug tariffs under the deal.'],
        '2026-10-20',
      ),
    ).toEqual(['United States → Peru 15% scheduled [pharmaceuticals|]']);
    expect(rateLines(['Peru faces a 25% tariff over drug trafficking.'], '2026-10-20')).toEqual([
      'United States → Peru 25% current [|]',
    ]);
  });
});
