import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A box's heading before its quotation ("Key Quote: “…”, the court order reads") names what follows, not
 * who said it: the tag after the marks does. Sentences written for this test.
 */
describe('/quote: a heading before a quotation with its own tag', () => {
  const paragraphs = [
    'The Harlow Trade Court blocked the tariffs on Wednesday.',
    'Key Quote: “The tariff orders exceed any authority granted to the President,” the court order reads.',
    'Key Takeaway: “Tariffs are taxes on our own buyers,” the statement from economist Jane Roe reads.',
  ];

  it('lists the words under the one the tag names', async () => {
    const court = await quoteStory('harlow trade court', paragraphs);
    expect(court.quotes).toEqual(['The tariff orders exceed any authority granted to the President']);
    expect((await quoteStory('roe', paragraphs)).quotes).toEqual(['Tariffs are taxes on our own buyers']);
  });

  it('offers no speaker named after the heading', async () => {
    expect((await quoteStory('key quote', paragraphs)).quotes).toEqual([]);
  });
});
