import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate on a group told by its count ("on goods from three Andean countries") whose members the
 * next sentence lists ("… apply to Peru, Chile and Bolivia") is on each country listed, when the
 * list holds as many as the count. Sentences written for this test.
 */
describe('a rate on a counted group listed in the next sentence', () => {
  const story = [
    'The president announced a 10% tariff on goods from three Andean countries, citing a border dispute.',
    'He said the tariff would apply to Peru, Chile and Bolivia.',
  ];
  const pairs = (paragraphs: string[]) => articleRates(paragraphs, '2026-09-01').map((l) => l.replace(/ \w+$/u, ''));

  it('gives the rate to each country of the list', () => {
    expect(pairs(story)).toEqual([
      'United States → Peru 10%',
      'United States → Chile 10%',
      'United States → Bolivia 10%',
    ]);
  });

  it('gives none where the list does not hold the count', () => {
    expect(pairs([story[0] as string, 'Peru and Chile said they would respond.'])).toEqual([]);
  });

  it('answers /tariff peru with the 10%', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(/"title":"United States → Peru"[^\]]*\*\*10%\*\*/);
  });
});
