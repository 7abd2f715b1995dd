import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list line whose closing aside gives what the partner charges the US ("Peru: 12 per cent
 * (charges US 24 per cent)") states two rates: the US rate on the partner, and the partner's own
 * rate on the US, in force now; asked through the console as a user asks.
 */
describe('/tariff on a list line with the partner’s own rate in an aside', () => {
  const story = [
    'The White House set new tariffs on dozens of trading partners on Wednesday, starting September 2.',
    'Peru: 12 per cent (charges US 24 per cent)',
    'Ghana: 18 per cent (charges US 36 per cent)',
  ];

  it('gives the US rate on each partner and the partner’s own rate on the US', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 12% scheduled',
      'Peru → United States 24% current',
      'United States → Ghana 18% scheduled',
      'Ghana → United States 36% current',
    ]);
  });

  it('answers /tariff peru with both directions', async () => {
    const { line, text } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods/);
    expect(text).toMatch(/24%/);
  });

  it('leaves an aside of a line naming several countries unread', () => {
    expect(articleRates(['Washington set new tariffs this week.', 'Peru and Chile: 12% (charges US 24%)'])).toEqual([
      'United States → Peru 12% current',
      'United States → Chile 12% current',
    ]);
  });
});
