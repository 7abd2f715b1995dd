import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A quotation with no cue of its own, after a sentence whose subject answers ("fired back",
 * "responded") in the same paragraph, is the answer: the one who answers said it, not the speaker
 * quoted before, in sentences of our own.
 */
const STORY = [
  'Orbis Toys chief executive Paul Quill warned on Tuesday that the levy would raise prices.',
  '“We cannot make these toys at home,” Quill told reporters. President Lena Dorn fired back from her office, threatening the company. “We will put a levy on every toy they sell here.”',
];

describe('/quote after a sentence whose subject fires back', () => {
  it('gives the answer to the one who answers', async () => {
    const dorn = await quoteStory('lena dorn', STORY);
    expect(dorn.quotes).toEqual(['We will put a levy on every toy they sell here.']);
  });

  it('leaves the chief executive only his own words', async () => {
    const quill = await quoteStory('paul quill', STORY);
    expect(quill.quotes).toEqual(['We cannot make these toys at home']);
  });
});
