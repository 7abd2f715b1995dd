import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { deadlinesListed } from '../helpers/deadline.ts';
import { articleOf } from './articles.ts';

/**
 * A change named again as the subject of its start, in a paragraph of its own after the one that
 * tells it: "Washington will drop the extra 20% duty on Peruvian goods." then "The removal takes
 * effect at 12:01 a.m. EST on March 9, 2026." The day is that trade change's start (a removal,
 * for "removal"). After a paragraph about no trade it gives none. Sentences written for these
 * tests; the class comes from real news (stop 59, lane status41). Articles of 2026-03-02.
 */
const PUBLISHED = '2026-03-02';
const effects = (...paragraphs: string[]) =>
  extractDeadlines([articleOf('a-story', PUBLISHED, paragraphs)])
    .filter((d) => d.kind === 'takes effect')
    .map((d) => d.date);

const REMOVED = [
  'Washington will drop the extra 20% duty on Peruvian goods.',
  'The removal takes effect at 12:01 a.m. EST on March 9, 2026, the order says.',
];

describe('deadlines: a change named again as the subject of its start', () => {
  it('takes its day as the start of the trade change before it', () => {
    expect(effects(...REMOVED)).toEqual(['2026-03-09']);
  });

  it('reads a cut named again the same way', () => {
    expect(
      effects('The tariff on Peruvian copper is to be lowered to 10%.', 'The cut will take effect on April 1, 2026.'),
    ).toEqual(['2026-04-01']);
  });

  it('gives none after a paragraph about no trade', () => {
    expect(effects('The museum will close its east wing.', 'The removal takes effect on March 9, 2026.')).toEqual([]);
  });
});

describe('/deadline list: a removal named again', () => {
  it('shows the day as a removal taking effect', async () => {
    const listed = await deadlinesListed(PUBLISHED, REMOVED);
    expect(listed.map((d) => [d.kind, d.date])).toEqual([['takes effect', '2026-03-09']]);
    expect(JSON.stringify(listed)).toMatch(/"title":"Removal of US tariff"/);
  });
});
