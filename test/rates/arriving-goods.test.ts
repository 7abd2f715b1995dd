import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/** Goods named by where they arrive ("drugs entering the United States"): sentences written for this test. */
describe('a tariff on goods entering the home country', () => {
  it('does not give /tariff peru a threat on every country’s drugs told in a story about Peru', async () => {
    const { text } = await tariffPeru([
      'Peru signed a trade deal with the US in May that kept a 10% tariff on most Peruvian goods.',
      'Trump has threatened a 100% tariff on branded drugs entering the United States from October.',
    ]);
    expect(text).toContain('10%');
    expect(text).not.toContain('100%');
  });

  it('reads it as a rate on all countries, and a named origin’s goods as that country’s', () => {
    expect(
      articleRates([
        'Peru signed a trade deal with the US in May.',
        'Trump has threatened a 100% tariff on branded drugs entering the United States.',
      ]),
    ).toEqual(['United States → all countries 100% threatened']);
    expect(articleRates(['Trump will charge a 35% tariff on Peruvian products entering the United States.'])).toEqual([
      'United States → Peru 35% scheduled',
    ]);
  });
});
