import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * "The Dow" is the Dow Jones index a reader names, and news calls it the "blue-chip" average: a
 * stock market, not a chip (a semiconductor). Asked through the console as a user asks.
 */
describe('/ask about the Dow, told as the blue-chip average', () => {
  it('reads "the Dow" and "blue-chip" as the stock market, and no chip', () => {
    const market = questionTerms('stock market')[0]!;
    const chip = documentTerms('chips')[0]!;
    expect(questionTerms('how far did the dow fall')).toContain(market);
    for (const text of ['The blue-chip average slid.', 'Blue chips rallied.']) {
      expect(documentTerms(text), text).toContain(market);
      expect(documentTerms(text), text).not.toContain(chip);
    }
    expect(documentTerms('Chip makers rallied.')).toContain(chip);
  });

  it('keeps each index its own name beside the stock market', () => {
    const [sp500] = questionTerms('S&P 500');
    expect(documentTerms('The Standard & Poor’s 500 index sank.')).toContain(sp500);
    expect(documentTerms('The Dow sank.')).not.toContain(sp500);
  });

  it('finds the blue-chip average for "how many points did the dow lose"', async () => {
    const paragraphs = [
      'Chip makers lost ground on Friday after the new export rules, and points of contention remain.',
      'The blue-chip average shed 512 points, or 1.3%, on Friday.',
    ];
    expect(await askFirst(paragraphs, 'how many points did the dow lose on friday')).toBe(paragraphs[1]);
  });
});
