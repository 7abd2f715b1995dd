import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/** `/deadline list` over one article: each deadline's kind and date. Sentences written for these tests. */
const listed = (published: string, ...paragraphs: string[]) => kindsAndDates(published, paragraphs);

describe('/deadline: a rise told as a participle after its tariff', () => {
  it('reads "a 25% tariff on sofas, rising to 30% on January 1" as the day the higher rate starts', async () => {
    expect(
      await listed(
        '2025-09-30',
        'Rate table',
        '• Global 25% tariff on imported sofas, increasing to 30% on January 1.',
      ),
    ).toEqual([['takes effect', '2026-01-01']]);
  });

  it('reads no deadline when the participle climbs to a sum rather than a rate', async () => {
    expect(
      await listed(
        '2025-09-30',
        'Tariff receipts have been rising for months, climbing to $30 billion on Monday, the Treasury said.',
      ),
    ).toEqual([]);
  });
});
