import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A participle after "with" has its own subject even when an appositive set off by commas follows
 * the name ("with Ana Ruiz, the head of the council, calling it a “…”"), in sentences of our own:
 * `/quote` gives the words to that person, not to the subject of the sentence.
 */
const STORY = [
  'The Harlow government on Friday criticised a court ruling against its levies, with Tomas Brandt, the head of its economic council, calling the decision a mere “setback” for the plan.',
  'The ministry also attacked the judges, with Vera Ostrova, a senior adviser to the president, saying they had “no business” setting trade policy.',
];

describe('/quote on a participle after "with" and an appositive', () => {
  it('gives each fragment to the person named after "with"', async () => {
    expect((await quoteStory('brandt', STORY)).quotes).toEqual(['setback']);
    expect((await quoteStory('ostrova', STORY)).quotes).toEqual(['no business']);
  });

  it('leaves "talks with" someone and their appositive to the subject of the sentence', async () => {
    const talks = [
      'Trade Minister Ana Ruiz held talks with Tomas Brandt, the commerce secretary, calling them “constructive.”',
    ];
    expect((await quoteStory('ruiz', talks)).quotes).toEqual(['constructive.']);
    expect((await quoteStory('brandt', talks)).quotes).toEqual([]);
  });
});
