import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * "Latin America" is the Spanish- and Portuguese-speaking Americas, a region like "South America":
 * not the word "Latin" beside "America", the United States.
 */
describe('/ask on a Latin American country, named by its region', () => {
  const paragraphs = [
    'American officials said the United States would answer the move on the flights within a week.',
    'Colombia turned away two flights carrying deported migrants on Sunday.',
  ];

  it('finds the country of the region, not the United States', async () => {
    for (const question of [
      'which latin american country turned away the flights?',
      'what did the country in Latin America do about the flights?',
    ])
      expect(await askFirst(paragraphs, question)).toBe(paragraphs[1]);
  });
});
