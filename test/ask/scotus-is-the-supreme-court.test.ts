import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** SCOTUS, the top court and the highest court are the Supreme Court, as a reader types it. */
describe('/ask on the Supreme Court, named as a reader names it', () => {
  const paragraphs = [
    'Ruritanian exporters said the duties had cost them orders all year.',
    'The Supreme Court ruled on Friday that the emergency duties were unlawful, in a 6-3 decision.',
    'A trade court in Geneva heard a separate complaint from Ruritanian exporters about the duties.',
  ];

  it('finds the ruling however the court is called', async () => {
    for (const question of [
      'what did scotus decide about the duties?',
      'did the top court strike the duties?',
      'what did the highest court rule on the duties?',
    ])
      expect(await askFirst(paragraphs, question)).toBe(paragraphs[1]);
  });
});
