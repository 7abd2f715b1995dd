import { describe, expect, it } from 'vitest';
import { effectDates } from '../../src/deadlines/effects.ts';
import { datesIn } from '../../src/deadlines/dates.ts';
import { kindsAndDates } from '../helpers/deadline.ts';

/** `/deadline list` over one article of Friday 2026-02-20. Sentences written for these tests. */
const listed = (...paragraphs: string[]) => kindsAndDates('2026-02-20', paragraphs);

describe('/deadline: what "takes effect from" a day in a paragraph about tariffs', () => {
  const paragraph =
    'The government chose to revoke the additional tariffs on Ruritanian goods. The new executive decision takes effect from 03/24/2026.';

  it('reads the day as an effect date of its sentence', () => {
    const sentence = 'The new executive decision takes effect from March 24.';
    expect(effectDates(sentence, datesIn(sentence, '2026-02-20', []), false).map((d) => d.date)).toEqual([
      '2026-03-24',
    ]);
  });

  it('lists the day the measure starts, even when its sentence names no tariff', async () => {
    expect(await listed(paragraph)).toEqual([['takes effect', '2026-03-24']]);
  });

  it('keeps a truce that takes effect from a day as the start of its duration', async () => {
    expect(
      await listed(
        'Ruritania and Freedonia agreed a 90-day truce on tariffs. The truce takes effect from May 14 and lasts 90 days.',
      ),
    ).toEqual([['ends', '2026-08-12']]);
  });
});
