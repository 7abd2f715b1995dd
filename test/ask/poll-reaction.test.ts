import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * What people think of a measure ("what do people think of the court killing the tariffs", "how do
 * voters feel about the deal") is what a poll or a survey found: news tells the public's reaction by
 * the poll, seldom with the question's "think" or "feel". Asked through the console as a user asks.
 */
describe('/ask on a question about what people think', () => {
  it('reads a poll or a survey as a reaction', () => {
    const none = new Set<string>();
    expect(holdsAnswer('reaction', 'A new poll found 58% of voters backed the ruling.', none)).toBe(true);
    expect(holdsAnswer('reaction', 'Most firms surveyed expect higher costs.', none)).toBe(true);
    expect(holdsAnswer('reaction', 'The court ruled on Friday.', none)).toBe(false);
  });

  it('finds the poll for a question on what people think of a ruling', async () => {
    const paragraphs = [
      'The court struck down the Ruritanian tariffs on Friday after a long hearing.',
      'A new poll found 58% of Ruritanians backed the court striking down the tariffs.',
    ];
    expect(await askFirst(paragraphs, 'what do people think of the court striking down the ruritanian tariffs')).toBe(
      paragraphs[1],
    );
  });
});
