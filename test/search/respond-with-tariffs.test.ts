import { describe, expect, it } from 'vitest';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';
import { indexOf } from '../helpers/passage-index.ts';

/** Answering tariffs with tariffs of one's own is what a reader calls retaliating, or hitting back. */
describe('responding with tariffs is retaliation', () => {
  const retaliation = questionTerms('retaliate')[0]!;

  it('reads retaliation in tariffs given in answer, and not in a plain reply', () => {
    expect(documentTerms('if Peru responds with tariffs of its own')).toContain(retaliation);
    expect(documentTerms('Lima answered with its own counter-duties')).toContain(retaliation);
    expect(documentTerms('Lima responded with a statement on Monday')).not.toContain(retaliation);
  });

  it('finds the paragraph on duties given in answer for a question about hitting back', () => {
    const { top } = indexOf({
      story: {
        published: '2026-05-04',
        title: 'Washington raises the levy on Peru',
        paragraphs: [
          'Officials met in Lima this week.',
          'Peru was studying the order on Monday.',
          'Should Peru respond with duties of its own, the levy would rise again, the White House said.',
        ],
      },
    });
    expect(top('is Peru going to hit back?')).toBe('story#3');
  });
});
