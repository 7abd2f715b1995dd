import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A user asks whether a side is getting "back to the table"; the news tells that it will resume talks. */
describe('/ask for a return to the table, told as resumed talks', () => {
  it('finds the paragraph of the resumed talks', async () => {
    const paragraphs = [
      'Ruritania and Freedonia clashed over the price of cheese at the table of the summit.',
      'The Ruritanian minister said she is in no hurry to resume trade talks with Freedonia.',
    ];
    expect(await askFirst(paragraphs, 'is ruritania trying to get back to the table with freedonia')).toBe(
      paragraphs[1],
    );
  });
});
