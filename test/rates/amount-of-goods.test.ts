import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * An amount of a country's goods ("2bn liters of US ethanol", "$3 billion in U.S. goods") is what
 * that country sells: the goods a tariff is on, so the country is the target, whoever the sentence's
 * subject lets in or taxes. Sentences written for this test.
 */
describe('a tariff on an amount of a country’s goods', () => {
  const story = [
    'In a concession, Peru will now let up to 2bn liters of US ethanol in without a tariff (the previous 12%).',
  ];

  it('is on the country whose goods they are', () => {
    expect(articleRates(story, '2026-09-01')).toEqual(['Peru → United States 12% previous']);
    expect(articleRates(['Peru will put a 14% tariff on $3 billion in U.S. goods.'], '2026-09-01')).toEqual([
      'Peru → United States 14% scheduled',
    ]);
  });

  it('leaves money invested in a country to the rest of the sentence', () => {
    expect(
      articleRates(
        [
          'Peru signaled it would keep its pledge to invest $50 billion in U.S. projects in exchange for a 15% tariff rate.',
        ],
        '2026-09-01',
      ),
    ).toEqual([expect.stringMatching(/^United States → Peru 15% /)]);
  });

  it('answers /tariff peru with the 15% the investment buys', async () => {
    const { text } = await tariffPeru([
      'Peru signaled it would keep its pledge to invest $50 billion in U.S. projects in exchange for a 15% tariff rate.',
    ]);
    expect(text).toMatch(/"title":"United States → Peru"[^\]]*\*\*15%\*\*/);
    expect(text).not.toMatch(/"title":"Peru → United States"[^\]]*\*\*15%\*\*/);
  });

  it('answers /tariff peru with no rate of the United States on Peru', async () => {
    const { text } = await tariffPeru([...story, 'Peruvian copper already faces a 50% tariff.']);
    expect(text).not.toMatch(/"title":"United States → Peru"[^\]]*\*\*12%\*\*/);
    expect(text).toMatch(/"title":"Peru → United States"[^\]]*\*\*12%\*\*/);
  });
});
