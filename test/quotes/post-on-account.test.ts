import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';
import { speakerNames } from './speaker-names.ts';

/**
 * A text that stood on someone's account or website ("read a post on Ana Vell’s X account", "a
 * notice on the Harlow Ministry of Trade’s website said"): the account's owner wrote the words.
 * Sentences written for this test.
 */
const STORY = [
  'Prime Minister Ana Vell answered the tariff threat on Sunday.',
  '“Our country is not for sale,” read a post on Vell’s X account.',
  '“Exporters will get help this month,” a notice on the Harlow Ministry of Trade’s website said.',
];

describe('a post or notice on its owner’s account', () => {
  it('attributes the words to the account’s owner', () => {
    expect(speakerNames(STORY)).toEqual(['Ana Vell', 'Harlow Ministry of Trade']);
  });

  it('lists the post in /quote under its owner', async () => {
    expect((await quoteStory('speaker:"Ana Vell"', STORY)).quotes).toEqual(['Our country is not for sale']);
  });
});
