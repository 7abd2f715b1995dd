import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A sentence may open on two adverbial clauses ("On May 2, after a company considered …,"): a verb of
 * the main clause joined by "and" takes its subject from the main clause, not from the second of
 * them, in sentences of our own.
 */
const STORY = [
  'Orbis Foods said last week it would show the new levy on every receipt.',
  'On May 2, after Orbis Foods reportedly considered printing the levy on its receipts, Trade Minister Lena Dorn at a news conference held up a receipt signed by Orbis Chief Executive Paul Quill and called the plan a “hostile act.”',
];

describe('/quote after two fronted adverbial clauses', () => {
  it('gives the words to the subject of the main clause', async () => {
    const dorn = await quoteStory('dorn', STORY);
    expect(dorn.quotes).toEqual(['hostile act.']);
  });

  it('leaves nothing to the company the fronted clause names', async () => {
    const orbis = await quoteStory('orbis foods', STORY);
    expect(orbis.quotes).toEqual([]);
  });
});
