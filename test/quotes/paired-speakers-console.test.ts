import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/** Speakers news names in ways the attribution first missed, asked through `/quote` in sentences of our own. */
describe('/quote on two economists quoted together', () => {
  const STORY = [
    '"Peru sells us 60% of our widgets," said Harlow Analytics Economists Ann Rowe and Tim Vale.',
    '"A key question is whether there will be waivers," they added in a note last month.',
    '"If there is no waiver, Peru will be hit hardest," they said.',
  ];

  it('gives all three quotations to the pair, found by either name', async () => {
    const rowe = await quoteStory('rowe', STORY);
    expect(rowe.quotes).toEqual([
      'Peru sells us 60% of our widgets',
      'A key question is whether there will be waivers',
      'If there is no waiver, Peru will be hit hardest',
    ]);
    const vale = await quoteStory('tim vale', STORY);
    expect(vale.quotes).toHaveLength(3);
  });
});

describe('/quote on a statement dated by "yesterday"', () => {
  it('gives the words to the White House, not to the president named before', async () => {
    const STORY = [
      'President Tomas Brandt signed an order on widgets.',
      'According to a statement from the White House yesterday (3 May) “widgets shall not be subject to the duty”.',
    ];
    const house = await quoteStory('white house', STORY);
    expect(house.quotes).toEqual(['widgets shall not be subject to the duty']);
    const brandt = await quoteStory('brandt', STORY);
    expect(brandt.quotes).toEqual([]);
  });
});
