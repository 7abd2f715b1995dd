import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { questionTerms } from '../../src/search/analyzer.ts';
import { timeFocusOf } from '../../src/search/time-focus.ts';

/**
 * "This year" and "this month" in a question are the asker's present, like "this week": they ask of
 * the newest news and name no subject. Their "year" as a word to find ranks first a paragraph that
 * only says "a year later" above the one with the answer. Asked through the console as a user asks,
 * of an article we wrote.
 */
describe('/ask on "this year", read as the present', () => {
  it('reads "this year" and "this month" as the present, not as words', () => {
    expect(questionTerms('how much will households pay this year?')).not.toContain('year');
    expect(questionTerms('what did Peru decide this month')).not.toContain('month');
    expect(timeFocusOf('how much will households pay this year?', '2026-09-01')).toEqual({ kind: 'now' });
  });

  it('puts the paragraph with the amount first', async () => {
    const paragraphs = [
      'Nearly a year later, the levies have weighed on Freedonian households.',
      'The levies cost each Freedonian household $700 in 2025 and will cost another $900 in 2026, a study found.',
    ];
    expect(
      await askFirst(paragraphs, 'How much more will each Freedonian household pay for the levies this year?'),
    ).toBe(paragraphs[1]);
  });
});
