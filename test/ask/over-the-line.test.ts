import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A user asks what got a deal "over the line"; the news tells that the sides finalized it. */
describe('/ask for a deal got over the line, told as finalized', () => {
  it('finds the paragraph of the finalized deal', async () => {
    const paragraphs = [
      'The deal covers cheese from Ruritania, and Ruritania says the deal is good for its farmers.',
      'Ruritania and Freedonia finalized the pact after Ruritania cut its duties on wine.',
    ];
    expect(await askFirst(paragraphs, 'what did ruritania do to get the deal over the line')).toBe(paragraphs[1]);
  });
});
