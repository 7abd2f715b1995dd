import { describe, expect, it } from 'vitest';
import { indexOf } from '../helpers/passage-index.ts';

/** A page that prints its long headline twice above the story, in our own words. */
const { index } = indexOf({
  coffee: {
    published: '2025-11-15',
    title: 'Coffee and cocoa exports from the south still face a steep levy despite the partial rollback',
    paragraphs: [
      'Coffee and cocoa exports from the south still face a steep levy despite the partial rollback',
      'Coffee and cocoa exports from the south still face a steep levy despite the partial rollback',
      'The trade minister said on Saturday that exports to the north would still face a steep levy.',
      'Juice now enters free, he said, but the steep levy stays on coffee, cocoa and fruit.',
      'The rollback was announced on Friday.',
    ],
  },
});

const shown = (question: string) => index.search(question, { limit: 3 }).map((h) => h.passage);

describe('the passages shown for a question', () => {
  it('shows a paragraph only once however often the page repeats it, and a repeated headline as a heading', () => {
    const passages = shown('Which exports still face the steep levy?');
    expect(new Set(passages.map((p) => p.text)).size).toBe(passages.length);
    expect(passages.map((p) => p.id)).toContain('coffee#4');
  });
});
