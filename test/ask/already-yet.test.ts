import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * "Has it happened yet?" is answered by what has "already" happened, or has "not yet": a user asks
 * with "yet", the news tells it either way. Asked through the console as a user asks.
 */
describe('/ask whether something has happened yet', () => {
  it('reads "yet" and "already" as one word', () => {
    expect(documentTerms('already')).toEqual(questionTerms('yet'));
    expect(documentTerms('has not yet confirmed')).toContain(questionTerms('already')[0]);
  });

  it('finds what has already been done for a question asked with "yet"', async () => {
    const paragraphs = [
      'Dravia pledged to buy wheat from American farms over the next three years, officials said.',
      'The state grain trader of Dravia has already bought two cargoes of wheat from this year’s harvest, traders said.',
    ];
    expect(await askFirst(paragraphs, 'has dravia bought any wheat yet?')).toBe(paragraphs[1]);
  });
});
