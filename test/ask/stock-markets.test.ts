import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A reader asks how "markets" took a measure; news tells it by the stocks ("stocks rose", "equities
 * slid", "Wall Street rallied"), seldom with the word. Asked through the console as a user asks.
 */
describe('/ask on how markets reacted, told by stocks', () => {
  it('reads stocks, equities and Wall Street as a market', () => {
    const market = questionTerms('markets')[0]!;
    for (const text of ['Stocks rose on Friday.', 'Equities slid.', 'Wall Street rallied.'])
      expect(documentTerms(text), text).toContain(market);
  });

  it('finds the stocks for "how did markets react"', async () => {
    const paragraphs = [
      'The court struck down the tariffs on Friday, and the White House rejected the ruling.',
      'Stocks rose after the court struck down the tariffs, while the peso gained.',
    ];
    expect(await askFirst(paragraphs, 'how did markets react when the court threw out the tariffs')).toBe(
      paragraphs[1],
    );
  });
});
