import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A company's staff named after the company ("Zorbix executives told investors", "Acmeco
 * officials said") speak for it, as "executives at Zorbix" do; a country's officials stay
 * whoever the rest of the bot takes them for. Sentences of our own.
 */
describe('/quote of a company whose executives are quoted', () => {
  it('lists what its executives told investors', async () => {
    const story = [
      'Zorbix executives told investors they “expect the new tariffs to cut margins by a point this year.”',
    ];
    expect((await quoteStory('zorbix', story)).quotes).toEqual([
      'expect the new tariffs to cut margins by a point this year.',
    ]);
  });

  it('lists what its officials said, with or without a possessive or a rank', async () => {
    const story = [
      'Acmeco’s officials said the duties on Peruvian copper were “a cost we cannot pass on.”',
      '“Prices will have to rise,” senior Acmeco executives said on a call.',
    ];
    expect((await quoteStory('acmeco', story)).quotes).toEqual([
      'a cost we cannot pass on.',
      'Prices will have to rise',
    ]);
  });

  it('leaves staff of a company named by a common noun to no one', async () => {
    const story = ['The company’s executives said prices would be “adjusted.”'];
    expect((await quoteStory('company', story)).quotes).toEqual([]);
  });
});
