import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/** `/deadline list` over one article: each deadline's kind and date. Sentences written for these tests. */
const listed = (published: string, ...paragraphs: string[]) => kindsAndDates(published, paragraphs);

describe('/deadline: the day a threatened tariff was to start', () => {
  it('reads "his threat to impose a 30 pct tariff on … goods on Aug. 1" as that tariff taking effect', async () => {
    expect(
      await listed(
        '2025-07-17',
        'The president on Wednesday repeated his threat to impose a 30 pct tariff on Ruritanian goods on Aug. 1 over its closed markets.',
      ),
    ).toEqual([['takes effect', '2025-08-01']]);
  });

  it('keeps the threatened day in its year when the article tells it afterwards', async () => {
    expect(
      await listed(
        '2025-09-10',
        'The president threatened to impose 35 per cent tariffs on Ruritanian imports on Aug. 1, then settled for less.',
      ),
    ).toEqual([['takes effect', '2025-08-01']]);
  });

  it('reads no deadline from a bare weekday, which tells when the threat was made', async () => {
    expect(
      await listed('2025-07-17', 'The president threatened to raise tariffs on Ruritanian goods on Monday.'),
    ).toEqual([]);
  });
});
