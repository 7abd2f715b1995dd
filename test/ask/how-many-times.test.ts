import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * News tells how many times something was done by the last of them ("flew to Washington for the
 * seventh time", "a third round of talks"): that answers "how many times", "how many rounds".
 * Asked through the console as a user asks.
 */
describe('/ask on how many times, answered by an ordinal', () => {
  it('reads "the seventh time" and "a third round" as a count, and "second-largest" as none', () => {
    const none = new Set<string>();
    expect(holdsAnswer('count', 'Envoy Lia Moreau flew to Washington for the seventh time on Monday.', none)).toBe(
      true,
    );
    expect(holdsAnswer('count', 'The sides open a third round of talks in Oslo.', none)).toBe(true);
    expect(holdsAnswer('count', 'Ruritania is the second-largest buyer of US wheat.', none)).toBe(false);
  });

  it('puts the paragraph telling which visit this is first for "how many trips"', async () => {
    const paragraphs = [
      'Ruritanian envoy Lia Moreau was back in Washington for talks on the cheese levy.',
      'Moreau flew to the United States on Monday for the seventh time since April, for talks with trade officials.',
      'Moreau told reporters in Washington that the talks on the cheese levy were going well.',
    ];
    expect(await askFirst(paragraphs, 'how many trips has moreau made to the us for talks')).toBe(paragraphs[1]);
  });
});
