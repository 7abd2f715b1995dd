import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { deadlinesListed } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * Dates of acts, dates moved by a participle, and an end after a past start. "rates initially set
 * on April 2 and then suspended until July 9" dates when the rates were set, not a start to come;
 * "shifting the implementation from July 9 to August 1" replaces July 9 as "shifted it from … to …"
 * does; "delayed the date they took effect again, this time until Aug. 7" is days ahead, however
 * past "took effect" reads. Sentences written for these tests.
 */
const SET_ON = [
  'Ruritania faces steep US tariffs.',
  'The president will also write to 100 smaller partners that trade little with the US, informing them that they will encounter increased tariff rates initially set on April 2nd and then suspended until July 9th.',
];
const SHIFTING = [
  'Ruritania faces steep US tariffs.',
  'The president signed an order shifting the implementation of the tariffs from July 9 to August 1.',
];

const UNTIL_AFTER_START = [
  'Ruritania faces steep US tariffs.',
  'After the deadline the president changed the rates, and he also delayed the date they took effect again, this time until Aug. 7.',
];

describe('dates of acts and dates moved by a participle', () => {
  it('reads "set on April 2nd" as the day the rates were set, not a start to come', () => {
    const deadlines = extractDeadlines([articleOf('a-2025-07-07', '2025-07-07', SET_ON)]);
    expect(deadlines.map((d) => d.date)).toEqual(['2025-07-09']);
  });

  it('keeps the date an order "shifting … from … to …" replaced', () => {
    const [deadline] = extractDeadlines([articleOf('a-2025-07-09', '2025-07-09', SHIFTING)]);
    expect([deadline?.date, deadline?.history.map((h) => h.date)]).toEqual(['2025-08-01', ['2025-07-09']]);
  });

  it('reads "took effect again, this time until Aug. 7" as days ahead, not a year back', async () => {
    const deadlines = extractDeadlines([articleOf('a-2025-08-04', '2025-08-04', UNTIL_AFTER_START)]);
    expect(deadlines.map((d) => d.date)).toEqual(['2025-08-07']);
    expect((await deadlinesListed('2025-08-04', UNTIL_AFTER_START)).map((d) => d.date)).toEqual(['2025-08-07']);
  });

  it('shows both in /deadline', async () => {
    const setOn = await deadlinesListed('2025-07-07', SET_ON);
    expect(setOn.map((d) => d.date)).toEqual(['2025-07-09']);
    const shifting = await deadlinesListed('2025-07-09', SHIFTING);
    expect(shifting.map((d) => [d.date, d.history.map((h) => h.date)])).toEqual([['2025-08-01', ['2025-07-09']]]);
  });
});
