/**
 * A date set "as the target date" or "as a deadline" for a deal is an end ("has set March 31 as the
 * target date to complete the agreement"), as "the March 31 deadline" is (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { articleOf } from './articles.ts';
import { kindsAndDates } from '../helpers/deadline.ts';

const PARAGRAPHS = [
  'Washington trimmed its tariffs on Peruvian goods under an interim framework agreed in November.',
  'The two governments have set March 31 as the target date to sign and ratify the final agreement.',
];

describe('a date set as the target date of a deal', () => {
  it('is a deadline on that date', () => {
    const dates = extractDeadlines([articleOf('a-2025-12-18', '2025-12-18', PARAGRAPHS)]).map((d) => d.date);
    expect(dates).toContain('2026-03-31');
  });

  it('is listed by /deadline', async () => {
    expect((await kindsAndDates('2025-12-18', PARAGRAPHS)).map(([, date]) => date)).toContain('2026-03-31');
  });
});
