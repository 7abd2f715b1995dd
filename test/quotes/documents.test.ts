import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/** A statement told by the body that issued it, in lower case, after a minister and countries are named. */
const STORY = [
  'Trade Minister Ravi Kumar met exporters on Monday, after a ban on shipments through Nepal and Bhutan.',
  'After the meeting, a commerce department statement said: “The government will help exporters find new markets.”',
  'Later a foreign ministry statement said: “We regret the decision.”',
];

describe('/quote on "a commerce department statement said"', () => {
  it('gives the statement to the body that issued it, not to a country or minister named before', async () => {
    const department = await quoteStory('commerce department', STORY);
    expect(department.line).toMatch(/^\*\*commerce department\*\*.* · 1 quotation/i);
    expect(department.quotes).toEqual(['The government will help exporters find new markets.']);
    const ministry = await quoteStory('foreign ministry', STORY);
    expect(ministry.quotes).toEqual(['We regret the decision.']);
    const minister = await quoteStory('kumar', STORY);
    expect(minister.quotes).toEqual([]);
  });
});

/** A letter brought in with its author, then quoted as "the letter": the author wrote it, not its addressee. */
const LETTER = [
  'Freight rates rose on Monday as exporters rushed orders out.',
  'Prime Minister Aiko Tanabe received a letter from President Dale Harmon on Monday. “Starting next month, we will charge a duty of 25%,” the letter said.',
];

describe('/quote on "a letter from X … the letter said"', () => {
  it('gives the letter’s words to its author', async () => {
    expect((await quoteStory('harmon', LETTER)).quotes).toEqual(['Starting next month, we will charge a duty of 25%']);
    expect((await quoteStory('tanabe', LETTER)).quotes).toEqual([]);
  });
});
