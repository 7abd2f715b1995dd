import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** Agribusiness is the farm sector as its lobby names it; a reader asks about the farm lobby or farmers. */
describe('/ask about farmers, answered by agribusiness', () => {
  it('finds the paragraph on the agribusiness caucus', async () => {
    const paragraphs = [
      'Brazilian beef and coffee shipped to the United States reached a record last year.',
      'The agribusiness caucus in Congress said the new levies would hurt Brazilian exporters.',
    ];
    expect(await askFirst(paragraphs, 'what did the brazilian farm lobby say')).toBe(paragraphs[1]);
  });
});
