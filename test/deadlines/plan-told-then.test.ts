/**
 * A plan told as it stood then ("In July, the president said the US would charge 50% starting Aug.
 * 1") dates its start on either side of the article: the nearest such day, not next year's, while a
 * plan told days ago still looks ahead (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { articleOf } from './articles.ts';
import { kindsAndDates } from '../helpers/deadline.ts';

const dates = (published: string, sentence: string) =>
  extractDeadlines([articleOf(`a-${published}`, published, [sentence])]).map((d) => d.date);

const TOLD_THEN = 'In July, the president said the US would charge a 50% tariff on imports from Peru starting Aug. 1.';

describe('a start in a plan told with "would"', () => {
  it('reads a yearless date months back as the one gone', () => {
    expect(dates('2025-12-11', TOLD_THEN)).toEqual(['2025-08-01']);
  });

  it('reads a yearless date a few months ahead as the coming one', () => {
    expect(
      dates(
        '2025-12-11',
        'The president said Thursday the US would charge a 50% tariff on imports from Peru starting March 1.',
      ),
    ).toEqual(['2026-03-01']);
  });

  it('is listed by /deadline with the date gone, not one a year later', async () => {
    const listed = await kindsAndDates('2025-12-11', [TOLD_THEN]);
    expect(listed.map(([, date]) => date)).toEqual(['2025-08-01']);
  });
});
