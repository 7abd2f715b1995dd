import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A user asks how far something "crashed"; the news tells that it plunged or fell. */
describe('/ask for a crash, told as a plunge', () => {
  it('finds the paragraph of the plunge for a question about the crash', async () => {
    const paragraphs = [
      'Ruritanian apple exports reached $9 billion before the trade war.',
      'In the trade war the value of Ruritanian apple exports plunged to $2 billion.',
    ];
    expect(await askFirst(paragraphs, 'how bad did apple exports crash in the trade war')).toBe(paragraphs[1]);
  });
});
