import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/** A minister answers a president's remark, whose words stand inside the remark's that-clause. */
const STORY = [
  'Trade Minister Anna Berg met President Carl Moss on Monday.',
  'Answering Moss’s remark that the country is a “rogue trader,” Berg said the figures were wrong.',
  '“We will not bend,” Berg said.',
];

describe('/quote on words inside the that-clause of someone’s remark', () => {
  it('gives them to the remark’s owner, not to the one whose reporting clause follows', async () => {
    const moss = await quoteStory('moss', STORY);
    expect(moss.line).toMatch(/^\*\*Carl Moss\*\*.* · 1 quotation/);
    expect(moss.quotes).toEqual(['rogue trader']);
    const berg = await quoteStory('berg', STORY);
    expect(berg.quotes).toEqual(['We will not bend']);
  });
});
