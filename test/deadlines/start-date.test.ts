import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/** `/deadline list` over one article of Monday 2025-04-07: each deadline's kind and date. Sentences written for these tests. */
const listed = (...paragraphs: string[]) => kindsAndDates('2025-04-07', paragraphs);

describe('/deadline: a start noun names the day a tariff takes effect, as a deadline noun names its end', () => {
  it('reads "its scheduled implementation date on Friday" as the day the tariff starts', async () => {
    expect(
      await listed(
        'Exporters called the 30% tariff on Ruritanian goods ruinous and fear its scheduled implementation date on Friday.',
      ),
    ).toEqual([['takes effect', '2025-04-11']]);
  });

  it('reads "a May 2 start date" as the day the tariff starts', async () => {
    expect(await listed('The choice of a May 2 start date for the new tariffs gives both sides time to talk.')).toEqual(
      [['takes effect', '2025-05-02']],
    );
  });

  it('reads a start date told in its own paragraph after the one that names the tariff', async () => {
    expect(
      await listed(
        'Washington has set a 25% tariff on Ruritanian goods, the same rate it named last month.',
        'However, the implementation date is set for May 2, which leaves room for talks.',
      ),
    ).toEqual([['takes effect', '2025-05-02']]);
  });
});

describe('/deadline: "as of" a day, then what had or had not happened', () => {
  it('reads no start from how things stood that day', async () => {
    expect(
      await listed(
        'As of Sunday, the White House had yet to update its Friday announcement on the temporary 10 percent surcharge.',
        'As of Sunday, officials had not changed the 10 percent tariff.',
      ),
    ).toEqual([]);
  });

  it('still reads a start "as of" a day', async () => {
    expect(await listed('As of April 9, goods from Ruritania will face a 25 percent tariff.')).toEqual([
      ['takes effect', '2025-04-09'],
    ]);
  });
});
