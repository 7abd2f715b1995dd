import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A section of a trade law as a reader shortens it ("sec 232", "s232", "s.122") is the news's "Section 232". */
describe('/ask on a section of a trade law, shortened', () => {
  const paragraphs = [
    'Officials said the 25% duties on steel would stay for now, and more sectors may follow.',
    'The Section 232 duties on steel remain in force, the Commerce Department said.',
  ];

  it('finds the section the question shortens', async () => {
    for (const question of ['are the s232 steel duties staying?', 'what about the sec 232 duties on steel?'])
      expect(await askFirst(paragraphs, question)).toBe(paragraphs[1]);
  });
});
