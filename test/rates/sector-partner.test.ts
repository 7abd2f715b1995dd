import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A tariff on a sector's goods that names no country they come from ("US's 50% tariffs on copper",
 * "the 10% tariff on lumber") is the home country's sector rate on every country, in news about a
 * partner too: the partner the sentence or the article names plays another part (it dodges the
 * rate, its exports suffer). A partner's own terms on those goods (from the partner, a deal, a cut)
 * stay the partner's. Asked through the console as a user asks, on sentences written for this test.
 */
const PERU = 'Washington has charged a 10% tariff on Peruvian goods since April.';
/** The pairs and percents of an article's rates, whatever status they are told with. */
const pairs = (paragraphs: string[]) => articleRates(paragraphs, '2026-09-01').map((r) => r.replace(/ \w+$/u, ''));

describe('/tariff and a sector rate told in news about a partner', () => {
  it('shows "Peru dodges US’s 50% tariffs on copper" as the rate on all countries, not on Peru', async () => {
    const story = [PERU, 'Peru dodges US’s 50% tariffs on copper, as refined metal is spared.'];
    const { text, line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
    expect(text).toMatch(/\*\*50%\*\* on copper · in force since <t:\d+:D>; the rate on all countries/);
    expect(articleRates(story, '2026-09-01')).toContain('United States → all countries 50% current');
  });

  it('reads "saying Washington’s 25% tariff on automobiles and some auto parts would affect Peru’s exports" as the rate on all countries', () => {
    expect(
      pairs([
        'Lima has proposed retaliatory duties at the WTO, saying Washington’s 25% tariff on automobiles and some auto parts would affect $1.2 billion of Peru’s exports.',
      ]),
    ).toEqual(['United States → all countries 25%']);
  });

  it('reads a sentence naming no country after news on Peru ("While the 10% tariff on lumber will raise costs") as the rate on all countries', () => {
    expect(
      pairs([
        'Peru ships much of its lumber to the United States.',
        'While the 10% tariff on lumber will raise construction costs, the rate is lower than other sector tariffs.',
      ]),
    ).toEqual(['United States → all countries 10%']);
  });

  it('shows the sector rate of a clause that names no partner, where the partner’s own rate is in another clause, as the rate on all countries', async () => {
    const story = [
      PERU,
      'While the American administration has imposed 50 per cent tariffs on copper, Peru’s countertariffs on those goods stay at 20 per cent.',
    ];
    const { line, text } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
    expect(text).toMatch(/\*\*50%\*\* on copper · in force since <t:\d+:D>; the rate on all countries/);
    expect(pairs(story)).toEqual([
      'United States → Peru 10%',
      'United States → all countries 50%',
      'Peru → United States 20%',
    ]);
  });

  it('keeps a partner’s own terms on those goods: from the partner, or cut by a deal', () => {
    expect(
      articleRates(['Lima said Washington’s 25% tariff on cars from Peru hurts its makers.'], '2026-09-01'),
    ).toEqual(['United States → Peru 25% current']);
    expect(
      articleRates(
        ['Peru signed a trade deal with Washington.', 'The 27.5% tariff on cars will fall to 15%.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 27.5% current', 'United States → Peru 15% scheduled']);
  });
});
