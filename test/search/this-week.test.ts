import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { questionTerms } from '../../src/search/analyzer.ts';
import { timeFocusOf } from '../../src/search/time-focus.ts';

/**
 * A user's "this week" is the asker's week: it asks about the present, and its "week" is no word of
 * the subject (an article's "spent the week protesting" is another week). Asked through the console
 * of an article we wrote.
 */
describe('/ask on a question about this week', () => {
  it('reads "this week" as the present, not as a word to find', () => {
    expect(questionTerms('what did the ministry do to the copper levy this week')).toEqual(
      questionTerms('what did the ministry do to the copper levy'),
    );
    expect(timeFocusOf('what did the ministry do this week', '2026-09-01')).toEqual({ kind: 'now' });
  });

  it('finds what was done, not a paragraph that holds another week', async () => {
    const paragraphs = [
      'The ministry doubled the copper levy on Tuesday.',
      'Miners spent the week protesting the copper levy outside the ministry.',
    ];
    expect(await askFirst(paragraphs, 'what did the ministry do to the copper levy this week?')).toBe(paragraphs[0]);
  });
});
