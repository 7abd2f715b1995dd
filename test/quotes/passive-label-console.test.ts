import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A short quotation after a passive verb of labelling with no agent ("moved from being labelled
 * “fragile”") is the label a thing went by, not the words of the minister whose sentence reports
 * it, in sentences of our own; with its agent ("was branded “reckless” by Dorn") it stays speech.
 */
describe('/quote on a label after "being labelled"', () => {
  it('lists what the minister said, not the label', async () => {
    const { quotes } = await quoteStory('ann lee', [
      'Trade Minister Ann Lee said Harlow had moved from being labelled “fragile” to being one of the fastest-growing economies.',
      '“We will protect our exporters,” Lee told parliament on Thursday.',
    ]);
    expect(quotes).toEqual(['We will protect our exporters']);
  });

  it('keeps a label its agent is named for', async () => {
    const { quotes } = await quoteStory('dorn', [
      'Prime Minister Lena Dorn spoke in Harlow on Friday.',
      'The plan was branded “reckless” by Dorn, who urged ministers to drop it.',
    ]);
    expect(quotes).toEqual(['reckless']);
  });
});
