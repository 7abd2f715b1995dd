import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "cited" reports words as "said" does: "Moss cited Norland’s “lack of cooperation” in an order".
 * The words are the subject's, not those of the last speaker named. (Not "citing": news uses the
 * participle mostly for reasons, "citing national security", no one's words.) Sentences written
 * for this test.
 */
describe('/quote: words a verb of citing reports', () => {
  it('lists them under the one who cited them', async () => {
    const paragraphs = [
      'Norland is “disappointed” by President Carl Moss’s decision, Prime Minister Ada Lind said on Friday. Moss cited Norland’s “lack of cooperation on border controls” in an order on Friday.',
    ];
    const moss = await quoteStory('moss', paragraphs);
    expect(moss.line).toMatch(/^\*\*Carl Moss\*\*.* · 1 quotation/);
    expect(moss.quotes).toEqual(['lack of cooperation on border controls']);
    const lind = await quoteStory('lind', paragraphs);
    expect(lind.quotes).toEqual(['disappointed']);
  });
});
