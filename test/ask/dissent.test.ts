import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A user asks which judges disagreed with a ruling; the news tells who dissented. */
describe('/ask for the judges who disagreed, told as dissenting', () => {
  it('finds the paragraph naming the dissenters', async () => {
    const paragraphs = [
      'The court ruled against the tariffs on Friday, and the ruling takes effect next week.',
      'Judges Mara Lind and Oskar Vell dissented.',
    ];
    expect(await askFirst(paragraphs, 'which judges disagreed with the ruling')).toBe(paragraphs[1]);
  });
});
