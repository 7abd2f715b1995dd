import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * News gives a measure's cause by calling it "a retaliation against" or "a retaliation for"
 * something, as well as "in retaliation for": that answers "why". Asked through the console as a
 * user asks.
 */
describe('/ask on why, answered by a measure called a retaliation', () => {
  it('reads "a retaliation against" as a reason, and "retaliation" alone as none', () => {
    const none = new Set<string>();
    expect(holdsAnswer('reason', 'The 30% levy is a retaliation against the jailing of two US reporters.', none)).toBe(
      true,
    );
    expect(holdsAnswer('reason', 'Ruritania has ruled out any retaliation.', none)).toBe(false);
  });

  it('puts the paragraph calling the levy a retaliation first for "why"', async () => {
    const paragraphs = [
      'Ruritania still gets a 30% levy on most of its exports, down from 40% in August.',
      'The 30% levy is a retaliation against the jailing of two US reporters in Ruritania.',
      'Ruritanian officials said cheese makers would lose a third of their US sales.',
    ];
    expect(await askFirst(paragraphs, 'why does ruritania still get hit with the 30% levy')).toBe(paragraphs[1]);
  });
});
