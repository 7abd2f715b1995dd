import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A user's "hit back" finds news's "respond with tariffs of its own". Asked through the console. */
describe('/ask about hitting back', () => {
  it('finds the paragraph on tariffs given in answer', async () => {
    const paragraphs = [
      'Peru was studying the order on Monday.',
      'Should Peru respond with duties of its own, the levy would rise again, the White House said.',
    ];
    expect(await askFirst(paragraphs, 'what if Peru hits back?')).toBe(paragraphs[1]);
  });
});
