import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * "What reason did … give", "for what reason", "the reasons behind": a user's other words for "why".
 * The paragraph that answers gives the cause ("because", "citing"); one that only repeats the
 * question's words tells what was done. Asked through the console as a user asks, of an article we
 * wrote.
 */
describe('/ask on "what reason", read as why', () => {
  it('reads "what reason", "for what reason" and "the reasons behind" as asking for a reason', () => {
    expect(answerKindsOf('What reason did Freedonia give for the levy?')).toContain('reason');
    expect(answerKindsOf('For what reasons did Lima raise duties?')).toContain('reason');
    expect(answerKindsOf('What main reason did Lima give?')).toContain('reason');
    expect(answerKindsOf('what are the reasons behind the copper tariff')).toContain('reason');
    expect(answerKindsOf('What did Freedonia announce?')).not.toContain('reason');
  });

  it('puts the paragraph with the cause first', async () => {
    const paragraphs = [
      'Freedonia dropped its levies on Ruritanian cheese and wine on Friday, its trade ministry said.',
      'Freedonia dropped the levies on cheese from Ruritanian farms because the talks had made progress.',
    ];
    expect(
      await askFirst(paragraphs, 'What reason did Freedonia give for dropping the levies on Ruritanian cheese?'),
    ).toBe(paragraphs[1]);
  });
});
