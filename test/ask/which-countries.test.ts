import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf } from '../../src/search/answer-kind.ts';

/**
 * A question asking which countries ("which four countries …", "what other nations …") is answered
 * by a paragraph naming them, which seldom says "countries": the question's word for them is the
 * kind of answer, not its subject, as "rate" and "rank" are. Asked through the console as a user asks.
 */
describe('/ask on a question asking which countries', () => {
  it('reads "which four countries" and "what other nations" as asking for countries', () => {
    expect(answerKindsOf('Which four countries will see their levies dropped?')).toContain('countries');
    expect(answerKindsOf('what other nations got the same deal')).toContain('countries');
  });

  it('puts the paragraph naming the countries before the one saying "the countries"', async () => {
    const paragraphs = [
      'The United States will drop its levies on some foods for the countries that sign the frameworks, an official said.',
      'The United States will drop its levies on some foods from Peru, Chile, Colombia and Uruguay.',
    ];
    for (const question of [
      'Which countries will see US levies on foods dropped?',
      'Which four countries will see US levies on foods dropped?',
    ])
      expect(await askFirst(paragraphs, question), question).toContain('Peru, Chile, Colombia and Uruguay');
  });
});
