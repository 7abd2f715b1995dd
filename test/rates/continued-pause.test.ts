import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A pause told as going on ("the 24 percent tariff will continue to be suspended") keeps the rate
 * paused, as "remains suspended" does; "continue to be" alone tells a rate going on (sentences
 * written for this test; the class comes from real news of the rates-status lane's set, stop 38).
 */
describe('a rate whose pause goes on', () => {
  it('reads "will continue to be suspended" as paused and the level beside it as in force', () => {
    expect(
      articleRates([
        'Peru’s finance ministry said that for one year the 24 percent tariff on US goods will continue to be suspended, and a 10 percent tariff on US goods will remain.',
      ]),
    ).toEqual(['Peru → United States 24% suspended', 'Peru → United States 10% current']);
  });

  it('answers /tariff with the level in force, not the paused one', async () => {
    const { text } = await tariffPeru([
      'Peru’s finance ministry said that for one year the 24 percent tariff on US goods will continue to be suspended, and a 10 percent tariff on US goods will remain.',
    ]);
    expect(text).toMatch(/\*\*10%\*\* on American goods · in force/);
    expect(text).toMatch(/\*\*24%\*\* · paused/);
  });
});
