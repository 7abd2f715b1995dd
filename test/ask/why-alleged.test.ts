import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * A trade case gives its grounds as an allegation ("Washington alleges the fees are too low",
 * "the allegation that mills dump steel"): that answers "why". Asked through the console as a user
 * asks.
 */
describe('/ask on why, answered by an allegation', () => {
  it('reads an allegation as a reason', () => {
    const none = new Set<string>();
    expect(holdsAnswer('reason', 'Washington has alleged that the fees are too low.', none)).toBe(true);
    expect(holdsAnswer('reason', 'The case rests on allegations that mills dump cheese.', none)).toBe(true);
    expect(holdsAnswer('reason', 'Washington raised the cheese duties in May.', none)).toBe(false);
  });

  it('puts the paragraph with the allegation first for "why"', async () => {
    const paragraphs = [
      'Washington raised the duties on Ruritanian cheese in May, and the Ruritanian cheese duties stay.',
      'Washington alleges the milk fees behind the Ruritanian cheese duties are too low.',
    ];
    expect(await askFirst(paragraphs, 'why did washington put duties on ruritanian cheese')).toBe(paragraphs[1]);
  });
});
