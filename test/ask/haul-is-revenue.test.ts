import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * What duties bring in: a reader asks for the "haul", the news tells the collections or the revenue.
 * Trucking's "long-haul" freight is a distance, no money. Asked through the console as a user asks.
 */
describe('/ask on the haul of duties, told as revenue or collections', () => {
  const revenue = questionTerms('revenue')[0]!;

  it('reads a haul as revenue, but not long-haul or short-haul freight', () => {
    expect(questionTerms('total harbour haul this year')).toContain(revenue);
    expect(documentTerms('long-haul shipments from the harbour')).not.toContain(revenue);
    expect(documentTerms('short haul trucks at the harbour')).not.toContain(revenue);
  });

  it('finds the collections for a question about the haul', async () => {
    const paragraphs = [
      'The harbour board met in March to review duties on fish and on timber this season.',
      'Harbour collections of duties on fish reached $40 million this season, the board said.',
    ];
    expect(await askFirst(paragraphs, 'harbour haul from fish duties this season?')).toBe(paragraphs[1]);
  });
});
