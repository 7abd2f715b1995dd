import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** British English says "advert", formal English "advertisement", where a reader types "ad". */
describe('/ask about an ad, answered by an advert or an advertisement', () => {
  it.each(['advert', 'advertisement'])('finds the paragraph on the %s', async (word) => {
    const paragraphs = [
      'The premier of the province met trade officials on Monday.',
      `The premier of the province defended the ${word}, which was aired during the baseball final.`,
    ];
    expect(await askFirst(paragraphs, 'why did the premier run that ad')).toBe(paragraphs[1]);
  });
});
