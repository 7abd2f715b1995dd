import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A pause told with its end days all behind the article ("which were later paused until July 9 and
 * then August 1" in a September article) is over: it does not pause the rate told just before it
 * (sentences written for this test; the class comes from real news of the rates-status lane's set,
 * stop 58).
 */
const STORY = [
  'Update: The White House said on August 30 that Peru’s tariff rate will rise to 40% on September 15.',
  'These measures build on the tariffs first announced in April, which were later paused until July 9 and then August 1.',
];

describe('a pause already over', () => {
  it('leaves the rate told before it scheduled', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual(['United States → Peru 40% scheduled']);
  });

  it('keeps a pause running to a day ahead of the article', () => {
    expect(
      articleRates(
        [
          'The White House said on August 30 that Peru’s tariff rate will rise to 40%.',
          'Those tariffs were later paused until October 9.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 40% suspended']);
  });

  it('answers /tariff with the rise to come, not a paused rate', async () => {
    const { text } = await tariffPeru(STORY);
    expect(text).toMatch(/\*\*40%\*\* · scheduled for/);
    expect(text).not.toMatch(/paused/);
  });
});
