import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { deadlinesListed } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * A deadline named as the object of the verb that moves it ("extending the original July 9 deadline
 * to August 1", "delaying the July 9 deadline until August 1"): the new end is the date, the one
 * moved is its history, as when the moved end comes before the verb. Sentences written for these tests.
 */
const SENTENCES = [
  'Trump later signed an order extending the original July 9 deadline to August 1.',
  'The White House is delaying the July 9 deadline until August 1.',
];

describe('a deadline moved as the verb’s object', () => {
  it('keeps the moved end as history of the new one', () => {
    for (const sentence of SENTENCES) {
      const [deadline] = extractDeadlines([
        articleOf('a-2025-07-08', '2025-07-08', ['Ruritania faces steep US tariffs.', sentence]),
      ]);
      expect([deadline?.date, deadline?.history.map((h) => h.date)]).toEqual(['2025-08-01', ['2025-07-09']]);
    }
  });

  it('keeps a single end extended to as before', () => {
    const [deadline] = extractDeadlines([
      articleOf('a-2025-07-08', '2025-07-08', ['The tariff pause was extended to August 12.']),
    ]);
    expect([deadline?.date, deadline?.history.map((h) => h.date)]).toEqual(['2025-08-12', []]);
  });

  it('lists the moved date in /deadline', async () => {
    const listed = await deadlinesListed('2025-07-08', ['Ruritania faces steep US tariffs.', SENTENCES[0]!]);
    expect(listed.map((d) => [d.date, d.history.map((h) => h.date)])).toEqual([['2025-08-01', ['2025-07-09']]]);
  });
});
