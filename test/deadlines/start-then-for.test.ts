import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * `/deadline list` over one article of 2026-02-22: a measure whose start and its length come
 * together ("takes effect on February 24 for 150 days") ends that length after the start.
 * Sentences written for these tests.
 */
const listed = (...paragraphs: string[]) => kindsAndDates('2026-02-22', paragraphs);

describe('/deadline: a start told with the time it lasts', () => {
  it('ends the stated time after the start', async () => {
    expect(
      await listed('Ruritania said its surcharge on imported bicycles takes effect on February 24 for up to 150 days.'),
    ).toEqual([
      ['takes effect', '2026-02-24'],
      ['ends', '2026-07-24'],
    ]);
  });

  it('reads no end from a time with no start before it', async () => {
    expect(await listed('The law allows tariffs of up to 15% for 150 days.')).toEqual([]);
  });
});
