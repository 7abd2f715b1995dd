import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { answerKindsOf, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * A trade's size ("how much cheese does Ruritania import") is answered by a sum or a quantity, not
 * by the tariff's percentage the story's other paragraphs state; "how much of" asks for a share.
 * Asked through the console as a user asks.
 */
describe('/ask for the size of a trade', () => {
  it('reads the question and the answer', () => {
    expect(answerKindsOf('how much cheese does Ruritania import')).toEqual(['sum']);
    expect(answerKindsOf('how much gold did the Swiss send here')).toEqual(['sum']);
    expect(answerKindsOf('how much of its cheese goes abroad')).toEqual(['amount']);
    expect(answerKindsOf('how much is the levy on cheese')).toEqual(['amount']);
    const none = new Set<string>();
    expect(holdsAnswer('sum', 'It imported $4.2 billion of cheese last year.', none)).toBe(true);
    expect(holdsAnswer('sum', 'It shipped 1.5 million tonnes.', none)).toBe(true);
    expect(holdsAnswer('sum', 'The levy on cheese rises to 40%.', none)).toBe(false);
  });

  it('finds the sum for a question about how much is imported, over the levy’s rate', async () => {
    const paragraphs = [
      'Ruritania will levy 40% on cheese imports from Freedonia, and cheese imports face checks.',
      'Ruritania imported $4.2 billion of cheese last year, customs data show.',
    ];
    expect(await askFirst(paragraphs, 'how much cheese does ruritania import')).toBe(paragraphs[1]);
  });
});
