import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A "when" clause that dates a past event by the level of that time ("in mid-April, when tariffs
 * stood at 145%", "when duties climbed to 60%") tells history, not the rate in force (sentences
 * written for this test; the class comes from real news, a known open status class of stop 46).
 */
describe('a level told in a past “when” clause', () => {
  it('was in force then, not now', () => {
    expect(
      articleRates(
        ['Shipments from Peru fell sharply in mid-April, when tariffs on Peruvian goods stood at 60%.'],
        '2026-02-07',
      ),
    ).toEqual(['United States → Peru 60% previous']);
    expect(
      articleRates(
        [
          'Orders dried up when US duties on Chilean goods climbed to 60% in April, and recovered after a deal cut them to 20%.',
        ],
        '2026-02-07',
      ),
    ).toEqual(['United States → Chile 60% previous', 'United States → Chile 20% current']);
  });

  it('leaves a present “when” clause alone', () => {
    expect(articleRates(['Tariffs on Peruvian goods stand at 20%, officials said.'], '2026-02-07')).toEqual([
      'United States → Peru 20% current',
    ]);
  });

  it('answers /tariff with the rate of the news, and the old level as history', async () => {
    const { line } = await tariffPeru([
      'Peruvian exports to the US collapsed in mid-April, when tariffs on Peruvian goods stood at 60%.',
      'The United States now charges a 20% tariff on goods from Peru.',
    ]);
    expect(line).toMatch(/^\*\*20%\*\*/);
  });
});
