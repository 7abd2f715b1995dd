import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { kindsAndDates } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * A plan told inside a past frame ("At the time, … would … starting Aug. 1") is dated from then:
 * its day lies before the article, not a year ahead. Sentences written for these tests; articles
 * of Thursday 2025-12-11.
 */
const PUBLISHED = '2025-12-11';
const FRAMED = 'At the time, the minister said Ruritania would charge a 30% tariff on imported cars starting Aug. 1.';
const effects = (...paragraphs: string[]) =>
  extractDeadlines([articleOf('a-story', PUBLISHED, paragraphs)])
    .filter((d) => d.kind === 'takes effect')
    .map((d) => d.date);

describe('deadlines: a plan told "at the time"', () => {
  it('dates it before the article', () => {
    expect(effects(FRAMED)).toEqual(['2025-08-01']);
  });

  it('leaves "at the time of writing" in the present', () => {
    expect(
      effects('At the time of writing, Ruritania said it would charge a 30% tariff on imported cars starting Feb. 1.'),
    ).toEqual(['2026-02-01']);
  });
});

describe('/deadline list: a plan told "at the time"', () => {
  it('shows the day it had then', async () => {
    expect(await kindsAndDates(PUBLISHED, [FRAMED])).toEqual([['takes effect', '2025-08-01']]);
  });

  it('shows a day weeks ahead of the article as the coming one, not a year back', async () => {
    // A January article about last week's threat: the plan's Feb. 1 is still ahead.
    const told =
      'At the time, the minister said Ruritania would impose a 10% tariff on all imported goods effective Feb. 1.';
    expect(await kindsAndDates('2026-01-21', [told])).toEqual([['takes effect', '2026-02-01']]);
  });
});
