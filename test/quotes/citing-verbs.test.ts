import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "cited" and "citing" report words as "said" does: "Moss cited Norland's “lack of cooperation” in
 * an order", "…, citing “unfair practices”". The words are the subject's, not those of the last
 * speaker named. Sentences written for this test.
 */
describe('/quote: words a verb of citing reports', () => {
  it('lists them under the one who cited them', async () => {
    const paragraphs = [
      'Norland is “disappointed” by President Carl Moss’s decision, Prime Minister Ada Lind said on Friday. Moss cited Norland’s “lack of cooperation on border controls” in an order on Friday.',
      'Moss raised the levy again in May, citing “unfair trade practices” by Lind’s government.',
    ];
    const moss = await quoteStory('moss', paragraphs);
    expect(moss.line).toMatch(/^\*\*Carl Moss\*\*.* · 2 quotations/);
    expect(moss.quotes).toEqual(
      expect.arrayContaining(['lack of cooperation on border controls', 'unfair trade practices']),
    );
    const lind = await quoteStory('lind', paragraphs);
    expect(lind.quotes).toEqual(['disappointed']);
  });
});
