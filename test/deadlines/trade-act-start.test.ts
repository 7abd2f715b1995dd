import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { kindsAndDates } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * The legal act that sets a tariff, named in its place in a paragraph about tariffs ("The executive
 * order, effective retroactively from November 13, was issued on Thursday."): its start is the
 * tariff's. Sentences written for these tests; articles of Friday 2025-11-21.
 */
const PUBLISHED = '2025-11-21';
const ORDER =
  'Washington lifted its tariffs on Peruvian coffee. The executive order, effective retroactively from November 13, was signed on Thursday.';
const effects = (...paragraphs: string[]) =>
  extractDeadlines([articleOf('a-story', PUBLISHED, paragraphs)])
    .filter((d) => d.kind === 'takes effect')
    .map((d) => d.date);

describe('deadlines: a start told of the act that sets a tariff', () => {
  it('is the tariff change taking effect', () => {
    expect(effects(ORDER)).toEqual(['2025-11-13']);
  });

  it('is none outside a paragraph about trade', () => {
    expect(effects('The court order, effective from December 1, bars the strike.')).toEqual([]);
  });
});

describe('/deadline list: a start told of the act that sets a tariff', () => {
  it('shows the day', async () => {
    expect(await kindsAndDates(PUBLISHED, [ORDER])).toEqual([['takes effect', '2025-11-13']]);
  });
});
