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

/**
 * A reader's "shares" or "stocks" is the stock market the news names ("the Seoul stock market posted
 * strong gains"); the verb "shares" (with its object) is no market.
 */
describe('/ask on how shares reacted, told by the stock market', () => {
  it('reads shares and stocks as the stock market, not the verb', () => {
    const market = questionTerms('stock market')[0]!;
    for (const text of ['Korean shares', 'Korean stocks', 'Shares of carmakers rose'])
      expect(questionTerms(text), text).toContain(market);
    expect(documentTerms('Seoul shares the concern of its neighbours')).not.toContain(market);
  });

  it('finds the stock market posting gains for "how did shares react"', async () => {
    const paragraphs = [
      'Seoul agreed to a 15% tariff deal with Washington on Tuesday, officials said.',
      'The deal covers cars and chips, Korean officials said, and talks continue on steel.',
      "After the announcement, Seoul's stock market posted strong gains.",
    ];
    expect(await askFirst(paragraphs, 'how did korean shares react to the deal')).toBe(paragraphs[2]);
  });
});
