import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * "How are … taking the news (it)" asks how someone reacted, as "how did … react" does: the
 * question's "take" and "news" are the kind of answer, not its subject. Sentences written for the test.
 */
describe('/ask on how someone is taking the news', () => {
  it('reads "taking the news" and "take it" as asking for a reaction, and "take effect" as not', () => {
    for (const q of ['how are Peruvian miners taking the news', 'How did Lima take it?'])
      expect(answerKindsOf(q), q).toEqual(['reaction']);
    expect(answerKindsOf('When does the levy take effect?')).not.toContain('reaction');
  });

  it('puts the paragraph with the reaction first, not one that holds "take" and "news"', async () => {
    const paragraphs = [
      'Peruvian mining firms will take part in the talks, the news agency said.',
      'Peruvian mining firms rejected the levy as unfair.',
    ];
    expect(await askFirst(paragraphs, 'how are peruvian mining firms taking the news')).toBe(paragraphs[1]);
  });
});
