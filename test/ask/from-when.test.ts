import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** "From what date …?" asks for the day something starts. Asked through the console as a user asks. */
describe('/ask from what date', () => {
  it('finds the paragraph with the start day', async () => {
    const paragraphs = [
      'The removal of the levy on Peruvian fruit was welcomed by growers.',
      'The levy is lifted for Peruvian fruit arriving on or after May 10, the order says.',
    ];
    expect(await askFirst(paragraphs, 'From what date does the removal of the levy on Peruvian fruit apply?')).toBe(
      paragraphs[1],
    );
  });
});
