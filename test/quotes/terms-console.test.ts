import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * `/quote` through the console, as a user asks, of a story (sentences written for this test) that
 * puts a kind of tariff's name in marks after a speech verb: the name is no quotation of hers.
 */
describe('/quote leaves out the name of a kind of tariff', () => {
  it('lists what the minister said, not "reciprocal tariffs"', async () => {
    const { quotes } = await quoteStory('ann lee', [
      'Trade Minister Ann Lee announced double-digit "reciprocal tariffs" on dozens of partners in April.',
      '"We will not back down," Lee told reporters on Friday.',
    ]);
    expect(quotes).toEqual(['We will not back down']);
  });

  it('gives the White House no quotation for the title of its executive order', async () => {
    const story = [
      'The White House issued an executive order, "Ending Certain Duties on Coffee," late on Friday.',
      '"We welcome the order," Trade Minister Ann Lee told reporters.',
    ];
    expect((await quoteStory('white house', story)).quotes).toEqual([]);
    expect((await quoteStory('ann lee', story)).quotes).toEqual(['We welcome the order']);
  });
});

describe('/quote leaves out a title named after "titled," or "headlined:"', () => {
  it('gives the White House no quotation for the titles of its statement and post', async () => {
    const story = [
      'The White House issued a statement titled, "Ruritania Trade Deal Reached in Geneva" late on Sunday.',
      'The Commerce Ministry put out a post headlined: "Talks move forward in Geneva".',
      '"We welcome the deal," Trade Minister Ann Lee told reporters.',
    ];
    expect((await quoteStory('white house', story)).quotes).toEqual([]);
    expect((await quoteStory('ann lee', story)).quotes).toEqual(['We welcome the deal']);
  });
});
