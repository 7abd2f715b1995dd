import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A series of countries the rate is on ("on countries such as Peru, Chile and Bolivia") is one
 * object: its commas part no clauses, so a condition after the series ("if they keep buying …")
 * still makes the rate a threat, as it does after a single name. Sentences written for this test.
 */
describe('a condition after a series of names', () => {
  const story = [
    'The president will impose 100% tariffs on countries such as Peru, Chile and Bolivia if they continue to buy oil from Ruritania, a senator said on Sunday.',
  ];

  it('makes the rate on every country of the series a threat', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 100% threatened',
      'United States → Chile 100% threatened',
      'United States → Bolivia 100% threatened',
    ]);
  });

  it('answers /tariff peru with the 100% as a threat, no rate in force', async () => {
    const { text, line } = await tariffPeru(story);
    expect(line).toMatch(/No article in the corpus states a current rate/);
    expect(text).toMatch(/\*\*100%\*\* · threatened/);
  });
});
