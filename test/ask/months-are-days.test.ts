import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { questionTerms } from '../../src/search/analyzer.ts';

/**
 * A span of months is the same span in days: a reader asks about "the three-month pause", the news
 * writes "a 90-day pause" (and "six months" is the "180-day" window). A date "three months ago" is
 * no span. Asked through the console as a user asks.
 */
describe('/ask on a span in months, which the news counts in days', () => {
  it('reads three months as 90 days and six months as 180', () => {
    expect(questionTerms('the three-month pause')).toEqual(expect.arrayContaining(questionTerms('the 90-day pause')));
    expect(questionTerms('a 6-month window')).toEqual(expect.arrayContaining(questionTerms('a 180-day window')));
    expect(questionTerms('three months ago')).not.toContain(questionTerms('90')[0]);
  });

  it('finds the paragraph on the 90-day pause', async () => {
    const paragraphs = [
      'Sudrian mills said the duties had cut their sales by a third this month.',
      'Sudria was left out of the 90-day pause on duties, the ministry said.',
      'Norland steel mills want a break from the duties, their union said.',
    ];
    expect(await askFirst(paragraphs, 'is Sudria in the three-month break on duties?')).toBe(paragraphs[1]);
  });
});
