import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * The de minimis rule is the duty-free entry of low-value parcels: a reader who does not know its
 * name asks about "the duty free parcel thing". Asked through the console as a user asks.
 */
describe('/ask on the de minimis rule in a reader\u2019s words', () => {
  it('gives "de minimis" the terms of "duty-free"', () => {
    const terms = documentTerms('closing the de minimis loophole');
    for (const term of questionTerms('duty free')) expect(terms).toContain(term);
  });

  it('finds the de minimis paragraph for a question about the duty free parcel rule', async () => {
    const paragraphs = [
      'Low-value parcels from Norland now pay duty, the customs agency said, after it scanned 3 million of them a day.',
      'Closing the de minimis loophole will bring the government some $4 billion a year, the adviser said.',
    ];
    expect(
      await askFirst(
        paragraphs,
        'how much extra cash is the government hoping to get from ending the duty free parcel thing?',
      ),
    ).toBe(paragraphs[1]);
  });
});
