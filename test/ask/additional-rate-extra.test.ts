import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * "An additional 25% tariff" is one more on top, what a reader calls an "extra" duty, as "a further
 * 40% tariff" is. Without a number, "additional tariffs" also names a whole class of duties and is
 * left as it is. Asked through the console as a user asks, of articles we wrote.
 */
describe('/ask on an extra duty, answered by "an additional N% tariff"', () => {
  it('puts the paragraph with the additional rate first for "extra duty"', async () => {
    const paragraphs = [
      'Peru has faced a 10% tariff on its goods since April, and talks with Washington went on all summer.',
      'Lima hopes the talks will bring the tariff on Peru down soon.',
      'Trump slapped an additional 15% tariff on Peru for its purchases of Ruritanian gas, the White House said.',
    ];
    expect(await askFirst(paragraphs, 'Why is Peru being hit with an extra duty?')).toBe(paragraphs[2]);
  });
});
