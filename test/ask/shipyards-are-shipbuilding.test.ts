import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A reader's "shipyards" are the news's shipbuilders and shipbuilding. */
describe('/ask about shipyards, answered by shipbuilding', () => {
  it('finds the paragraph on the shipbuilding share of a pledge', async () => {
    const paragraphs = [
      'The pledge of $200 billion was welcomed by investors in Seoul and in Washington.',
      'Of that sum, $60 billion goes to the country’s shipbuilders for new berths in American ports.',
    ];
    expect(await askFirst(paragraphs, 'how much of the money is for shipyards?')).toBe(paragraphs[1]);
  });
});
