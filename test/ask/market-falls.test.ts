import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A reader asks whether stocks "tanked" or "cratered"; news says they fell, "slid" or "sank" (the
 * irregular past of verbs already read as a fall). A "think tank" is no fall. Asked through the
 * console as a user asks.
 */
describe('/ask whether stocks tanked, told as a fall', () => {
  it('reads tank, crater, slid and sank as a fall, and a think tank as none', () => {
    const fall = questionTerms('fell')[0]!;
    for (const text of ['did stocks tank', 'shares cratered', 'the index slid', 'the peso sank'])
      expect(documentTerms(text), text).toContain(fall);
    expect(documentTerms('a Washington think tank said')).not.toContain(fall);
  });

  it('finds the shares that slid for "did stocks tank"', async () => {
    const paragraphs = [
      'Ruritanian grocers raised prices on imported fruit, the grocers’ association said.',
      'Shares of Ruritanian grocers slid 6% after the levy was announced.',
    ];
    expect(await askFirst(paragraphs, 'did grocers stocks tank after the levy')).toBe(paragraphs[1]);
  });
});
