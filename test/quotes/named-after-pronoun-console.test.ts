import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A story (or the part of it a reader copied) that opens on words a pronoun says, naming no one
 * before them, and names the speaker in the sentences after: a reader takes them to be that person's.
 */
const STORY = [
  '“The message was the clearest we have had since the talks began,” he told reporters.',
  '“We have to protect our jobs and we will answer the 30% tariff.”',
  'Trade commissioner Anton Vesely said he would call his American counterpart on Monday.',
];

describe('/quote on words a pronoun says before anyone is named', () => {
  it('gives them to the person the next sentences name as their subject', async () => {
    const { line, quotes } = await quoteStory('vesely', STORY);
    expect(line).toMatch(/^\*\*Anton Vesely\*\*.* · 2 quotations/);
    expect(quotes).toEqual(
      expect.arrayContaining([
        'The message was the clearest we have had since the talks began',
        'We have to protect our jobs and we will answer the 30% tariff.',
      ]),
    );
  });

  it('still gives them to no one named next when someone was named before', async () => {
    const { quotes } = await quoteStory('vesely', [
      'Prime Minister Lena Roos spoke after the cabinet met on Sunday.',
      '“The message was the clearest we have had since the talks began,” she told reporters.',
      'Trade commissioner Anton Vesely said he would call his American counterpart on Monday.',
    ]);
    expect(quotes).toEqual([]);
  });
});
