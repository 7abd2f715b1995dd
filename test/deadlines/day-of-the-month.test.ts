import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/** `/deadline list` over one article: each deadline's kind and date. Sentences written for these tests. */
const listed = (published: string, ...paragraphs: string[]) => kindsAndDates(published, paragraphs);

describe('/deadline: a day of the month told without its month ("on the 24th local time")', () => {
  it('reads "took effect at midnight on the 24th local time" as that day of the article’s month', async () => {
    expect(
      await listed(
        '2026-03-25',
        'The 12% levy on Ruritanian steel officially took effect at 12:01 a.m. on the 24th local time.',
      ),
    ).toEqual([['takes effect', '2026-03-24']]);
  });

  it('reads "will take effect on the 2nd" late in a month as the next month’s day', async () => {
    expect(
      await listed('2026-03-28', 'The new 15% tariff on Ruritanian cars will take effect on the 2nd, officials said.'),
    ).toEqual([['takes effect', '2026-04-02']]);
  });

  it('reads no day in an ordinal that names no date ("the 13th Development Plan")', async () => {
    expect(
      await listed(
        '2026-03-25',
        'Under the 13th Development Plan, the 15% tariff on Ruritanian cars will take effect on April 2.',
      ),
    ).toEqual([['takes effect', '2026-04-02']]);
  });
});
