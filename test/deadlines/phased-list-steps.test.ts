import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { kindsAndDates } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * A tariff phased in as a list: a lead-in about the levy that ends in a colon ("The new duty on
 * Peruvian goods will be phased in in two steps:"), then lines that are each a level from a day
 * ("10% from March 2", "A further 15% from April 6"). Each line's day is a step that takes
 * effect. A list a lead-in about no trade opens, or a line of prose, gives none. Sentences written
 * for these tests; the class comes from real news (stop 59, lane status41). Articles of
 * 2026-02-20.
 */
const PUBLISHED = '2026-02-20';
const effects = (...paragraphs: string[]) =>
  extractDeadlines([articleOf('a-story', PUBLISHED, paragraphs)])
    .filter((d) => d.kind === 'takes effect')
    .map((d) => d.date);

const PHASED = [
  'The new duty on Peruvian goods will be phased in in two steps:',
  '10% from March 2',
  'A further 15% from April 6',
];

describe('deadlines: the steps of a phased list', () => {
  it('takes each line’s day as a step that takes effect', () => {
    expect(effects(...PHASED)).toEqual(['2026-03-02', '2026-04-06']);
  });

  it('gives none for a list a lead-in about no trade opens', () => {
    expect(effects('The marathon has two cut-off times:', '10% from March 2', 'A further 15% from April 6')).toEqual(
      [],
    );
  });
});

describe('/deadline list: a phased list', () => {
  it('shows both steps', async () => {
    expect(await kindsAndDates(PUBLISHED, PHASED)).toEqual([
      ['takes effect', '2026-03-02'],
      ['takes effect', '2026-04-06'],
    ]);
  });
});
