import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Buyers who "give up on" a supplier abandon it, as a reader says they "ditch" it; a side that
 * "gives up" something in a deal still makes a concession. Asked through the console as a user asks.
 */
describe('/ask on buyers ditching a supplier, told as giving up on it', () => {
  it('reads ditch and give up on as abandon, and give up alone as a concession', () => {
    const [abandon] = questionTerms('abandon');
    expect(questionTerms('will buyers ditch them')).toContain(abandon);
    expect(documentTerms('retailers may give up on the country altogether')).toContain(abandon);
    expect(documentTerms('Seoul gave up its rice quota')).not.toContain(abandon);
    expect(documentTerms('Seoul gave up its rice quota')).toEqual(expect.arrayContaining(questionTerms('concession')));
  });

  it('finds the paragraph on giving up on a supplier for a question about ditching it', async () => {
    const paragraphs = [
      'Garment buyers in Europe placed more orders with the country’s mills this spring.',
      'Mill owners fear garment buyers in America will give up on the country altogether if the levy stays.',
    ];
    expect(await askFirst(paragraphs, 'are garment buyers going to ditch the country')).toBe(paragraphs[1]);
  });
});
