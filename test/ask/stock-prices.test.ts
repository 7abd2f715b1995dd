import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A reader asks which companies' "shares fell"; news tells a company's "stock price" or "share
 * price" and that it dived. A "deep dive" is a close look, no fall. Asked through the console as a
 * user asks.
 */
describe('/ask on whose shares fell, told by stock prices that dived', () => {
  it('reads a stock or share price as shares, and a dive as a fall', () => {
    const [market, fall] = questionTerms('shares fall');
    for (const text of ['their stock prices', 'its share price']) expect(documentTerms(text), text).toContain(market);
    expect(documentTerms('Grain traders’ shares dived')).toContain(fall);
    expect(documentTerms('a deep dive into the rules')).not.toContain(fall);
  });

  it('finds the dive of the grain traders’ stock prices', async () => {
    const paragraphs = [
      'Shares of companies that rely on imported parts slipped.',
      'Agricultural giants like Grainco and Millworks saw their stock prices dive as the levies bit.',
    ];
    expect(await askFirst(paragraphs, 'Which farm companies saw their shares fall?')).toBe(paragraphs[1]);
  });
});
