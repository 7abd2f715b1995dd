import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "How are Swiss watchmakers affected?" asks what the measure does to them: news tells it by the
 * loss (orders "fell", jobs "at risk", "higher costs"), seldom with the question's "affected", and a
 * paragraph saying who will "not be affected" shares the word and answers nothing. Asked through
 * the console as a user asks.
 */
describe('/ask on how someone is affected', () => {
  it('reads "how are … affected (hit, hurt)" and "what is the impact" as asking for an effect', () => {
    for (const question of [
      'How are Swiss watchmakers affected?',
      'how will the levy hit farmers',
      'How are tariffs affecting hiring?',
      'What is the impact on prices?',
    ])
      expect(answerKindsOf(question), question).toContain('effect');
    expect(answerKindsOf('How did Canada hit back?')).not.toContain('effect');
    const none = new Set<string>();
    expect(holdsAnswer('effect', 'Some 2,000 jobs are at risk.', none)).toBe(true);
    expect(holdsAnswer('effect', 'Exports to China fell by half.', none)).toBe(true);
    expect(holdsAnswer('effect', 'Drugmakers will not be affected for now.', none)).toBe(false);
  });

  it('finds the paragraph telling the loss, not the one saying who is not affected', async () => {
    const paragraphs = [
      'Swiss drugmakers will not be affected by the tariff for now, officials said.',
      'Swiss watchmakers say the tariff has cut their American orders by a third and puts 2,000 jobs at risk.',
    ];
    expect(await askFirst(paragraphs, 'How are Swiss watchmakers affected?')).toBe(paragraphs[1]);
  });
});
