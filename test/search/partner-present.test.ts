import { describe, expect, it } from 'vitest';
import { indexOf, type WrittenArticle } from '../helpers/passage-index.ts';

/**
 * "Now" about a trading partner is that partner's newest story: a corpus whose newest article is
 * about someone else, months later, must not make the partner's old and new stories equally dated.
 */
const ARTICLES: Record<string, WrittenArticle> = {
  old: {
    published: '2025-03-01',
    title: 'Oslo answers the duty',
    paragraphs: [
      'Oslo said it would answer the American duties on salmon.',
      'The duty on Norwegian goods stands at 25%, and the duty on Norwegian salmon is higher, officials said.',
    ],
  },
  new: {
    published: '2025-09-01',
    title: 'Oslo and Washington settle',
    paragraphs: [
      'Oslo and Washington reached a settlement on Friday.',
      'The duty on Norwegian goods stands at 15% under the settlement.',
    ],
  },
  later: {
    published: '2026-10-01',
    title: 'Santiago signs a copper deal',
    paragraphs: ['Santiago and Washington signed a copper deal.', 'The duty on Chilean copper stands at 10%.'],
  },
};

describe('a question about the present of one partner', () => {
  const { top } = indexOf(ARTICLES);
  it("prefers the partner's newest story, whatever the corpus's newest article is about", () => {
    expect(top('what is the duty on Norwegian goods now?')).toBe('new#2');
  });
  it('leaves a question without a time to the words', () => {
    expect(top('what is the duty on Norwegian goods and salmon?')).toBe('old#2');
  });
});
