import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * What comes each day: a reader asks what tariffs bring in "per day" or "a day", the news tells the
 * "daily" take. Asked through the console as a user asks.
 */
describe('/ask on what comes each day, told as daily', () => {
  it('folds "daily" into "day"', () => {
    const day = questionTerms('day')[0]!;
    expect(documentTerms('daily collections hit a record')).toContain(day);
    expect(questionTerms('how much do they collect per day')).toContain(day);
  });

  it('finds the daily take for a question asked per day', async () => {
    const paragraphs = [
      'Tariff revenue at the harbour was $40 billion.',
      'Daily tariff revenue at the harbour was $120 million in June, the harbour board said in its report on the year.',
    ];
    expect(await askFirst(paragraphs, 'how much tariff revenue does the harbour make per day?')).toBe(paragraphs[1]);
  });
});
