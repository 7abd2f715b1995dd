/**
 * Who charges whom where countries answer each other's tariffs, in sentences written for this test
 * (wording from the rates-pairs set of stop 50: retaliation, counter-tariffs, deals between partners).
 */
import { describe, expect, it } from 'vitest';
import { articleRates, sentenceRateLines } from './article-rates.ts';

describe('rates of countries answering each other', () => {
  it('gives the rate of "the U.S. tariffs" someone hits back at to the United States', () => {
    expect(
      sentenceRateLines(
        'Peru hit back at the U.S. tariffs on Friday — which had been raised to 60% — by imposing duties of 40% on U.S. farm goods.',
        '2025-05-02',
      ),
    ).toEqual(['United States → Peru 60% current', 'Peru → United States 40% current']);
  });

  it('keeps the goods and country before "in response to" with the first rate, not the rate it answers', () => {
    expect(
      sentenceRateLines(
        'Peru has announced that it will impose tariffs of 20 percent on wheat and corn imports from the United States in response to the 10 percent tariffs that Washington placed on Peruvian goods.',
        '2025-05-02',
      ),
    ).toEqual(['Peru → United States 20% scheduled', 'United States → Peru 10% current']);
  });

  it('gives a participle of imposing, after a clause on the rate charged on the subject, to the subject', () => {
    expect(
      sentenceRateLines('Peru retaliates against US 60% tariffs, imposing levies of up to 40%', '2025-05-02'),
    ).toEqual(['United States → Peru 60% current', 'Peru → United States 40% current']);
  });

  it('leaves out a country whose goods are said not to be taxed ("not from", "non-")', () => {
    const pairs = (sentence: string) =>
      sentenceRateLines(sentence, '2025-05-02').map((line) => line.replace(/ \p{L}+$/u, ''));
    expect(
      pairs(
        'Peru will put 25% tariffs on US-made trucks and 25% tariffs on the parts of trucks that are not from Peru or Chile.',
      ),
    ).toEqual(['Peru → United States 25%', 'Peru → United States 25%']);
    expect(pairs('Peru charges 25% on non-Peruvian and non-Chilean content of US trucks.')).toEqual([
      'Peru → United States 25%',
    ]);
  });

  it('gives a rate on goods a country "will enforce" or "will permit" in to that country', () => {
    expect(
      sentenceRateLines('Peru will enforce a 25% tariff on certain US-made vehicles from Monday.', '2025-05-02'),
    ).toEqual(['Peru → United States 25% scheduled']);
    expect(
      sentenceRateLines(
        'Peru will permit the import of up to 9,000 Chilean-built cars a year at a 5% tariff.',
        '2025-05-02',
      ),
    ).toEqual(['Peru → Chile 5% scheduled']);
  });

  it('gives goods "made" in a country that face a rate to that country as the target', () => {
    expect(
      articleRates(
        [
          'Peru said on Friday it would lift its counter-tariffs on US products from next month.',
          'The change means US-made consumer goods will no longer face the 25% tariffs.',
        ],
        '2025-05-02',
      ).filter((line) => line.includes('25%')),
    ).toEqual([expect.stringMatching(/^Peru → United States 25% /u)]);
  });

  it('gives a retaliation between two foreign countries, naming no partner, to the other one', () => {
    expect(
      sentenceRateLines(
        'Peru will cut its fishmeal tariff from 60% to 10% next year, after retaliatory measures imposed over Chile’s earlier car tariffs.',
        '2025-05-02',
      ),
    ).toEqual(['Peru → Chile 60% current', 'Peru → Chile 10% scheduled']);
  });
});
