import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/** `/deadline list` over one article: each deadline's kind and date. Sentences written for these tests. */
const listed = (published: string, ...paragraphs: string[]) => kindsAndDates(published, paragraphs);

describe('/deadline: the day of a planned change named as a noun', () => {
  it('reads "the planned tariff hike on August 1" as that tariff taking effect', async () => {
    expect(
      await listed(
        '2025-07-11',
        'The minister said that if Washington goes ahead with the planned tariff hike on August 1, Ruritania will answer in kind.',
      ),
    ).toEqual([['takes effect', '2025-08-01']]);
  });

  it('reads "the looming tariffs on … goods from Aug. 1" the same way', async () => {
    expect(
      await listed(
        '2025-07-14',
        'Exporters are racing to ship before the looming 30% tariffs on Ruritanian goods from Aug. 1.',
      ),
    ).toEqual([['takes effect', '2025-08-01']]);
  });

  it('reads no deadline from a bare weekday after the noun, which tells when it was announced', async () => {
    expect(
      await listed(
        '2025-07-17',
        'Markets fell after the planned tariff hike on Monday rattled investors in Ruritania.',
      ),
    ).toEqual([]);
  });
});
