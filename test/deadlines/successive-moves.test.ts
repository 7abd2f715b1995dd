import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { deadlinesListed } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * A sentence that tells a deadline moved twice ("delayed … pushing the deadline to July 9, and
 * later extended again to Aug. 1"): the end the second move left is history of the one it set.
 * Sentences written for these tests.
 */
const SENTENCES = [
  'Implementation was first delayed for 90 days -- pushing the deadline to July 9 -- and later extended again to Aug. 1.',
  'The pause was extended to July 9 and then pushed back once more to Aug. 1.',
];

describe('a deadline moved twice in one sentence', () => {
  it('keeps the date the second move replaced as history', () => {
    for (const sentence of SENTENCES) {
      const [deadline] = extractDeadlines([
        articleOf('a-2025-07-31', '2025-07-31', ['Ruritania faces steep US tariffs.', sentence]),
      ]);
      expect([deadline?.date, deadline?.history.map((h) => h.date)]).toEqual(['2025-08-01', ['2025-07-09']]);
    }
  });

  it('keeps a single move as before', () => {
    const [deadline] = extractDeadlines([
      articleOf('a-2025-07-10', '2025-07-10', ['The July 9 tariff deadline was pushed back to August 1.']),
    ]);
    expect([deadline?.date, deadline?.history.map((h) => h.date)]).toEqual(['2025-08-01', ['2025-07-09']]);
  });

  it('lists the replaced date in /deadline', async () => {
    const listed = await deadlinesListed('2025-07-31', ['Ruritania faces steep US tariffs.', SENTENCES[0]!]);
    expect(listed.map((d) => [d.date, d.history.map((h) => h.date)])).toEqual([['2025-08-01', ['2025-07-09']]]);
  });
});
