import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A reader's plain words for what the news words otherwise: a textile sector makes clothing, goods
 * "spared from" a tariff are exempt from it, a limit is a cap and "yearly" is "annual". Asked through
 * the console as a user asks.
 */
describe('/ask in a reader’s plain words for textiles, exemptions and limits', () => {
  it('folds the words together', () => {
    expect(documentTerms('the textile sector')).toContain(questionTerms('clothing')[0]);
    expect(questionTerms('which goods were spared from the tariff')).toContain(documentTerms('exempt')[0]);
    expect(documentTerms('spare parts')).not.toContain(documentTerms('exempt')[0]);
    expect(documentTerms('a limit')).toContain(questionTerms('cap')[0]);
    expect(documentTerms('annually')).toContain(questionTerms('yearly')[0]);
  });

  it('finds the textile industry for a question about the clothing industry', async () => {
    const paragraphs = [
      'Peru’s fishing industry earned $3 billion last year.',
      'Peru’s textile industry employs about 30,000 people.',
    ];
    expect(await askFirst(paragraphs, 'how big is Peru’s clothing industry?')).toBe(paragraphs[1]);
  });

  it('finds the goods the order excluded for "which were spared"', async () => {
    const paragraphs = [
      'Peruvian exporters waited weeks for the order, and the tariff began on Monday.',
      'The order excluded copper and fishmeal shipments from Peru.',
    ];
    expect(await askFirst(paragraphs, 'which Peruvian exports got spared from the tariff?')).toBe(paragraphs[1]);
  });

  it('finds why a limit was wanted for a question about a yearly cap', async () => {
    const paragraphs = ['Peru sought more port investment.', 'Peru sought such a limit to keep the sol stable.'];
    expect(await askFirst(paragraphs, 'why did Peru want a cap on its investment?')).toBe(paragraphs[1]);
  });
});
