import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * `/deadline list` over one article of Wednesday 2025-10-29: a measure that lasts a stated time from
 * its own start, a measure named again as "the measure", and a start told in the active past.
 * Sentences written for these tests.
 */
const listed = (...paragraphs: string[]) => kindsAndDates('2025-10-29', paragraphs);

describe('/deadline: a tariff that lasts a stated time from the day it takes effect', () => {
  it('ends the stated time after its start in the same sentence', async () => {
    expect(
      await listed(
        'Ruritania announced a 12% tariff on imported bicycles. The measure comes into effect on November 3 and will be valid for 150 days.',
      ),
    ).toEqual([
      ['takes effect', '2025-11-03'],
      ['ends', '2026-04-02'],
    ]);
  });

  it('ends the stated time after a start told in the sentence before', async () => {
    expect(
      await listed('The 15% tariff on imported Ruritanian steel took effect on Tuesday. The levy will last 90 days.'),
    ).toEqual([
      ['ends', '2026-01-26'],
      ['takes effect', '2025-10-28'],
    ]);
  });

  it('reads no end from a time a law allows, with no start', async () => {
    expect(await listed('The law allows tariffs of up to 15% for 150 days.')).toEqual([]);
  });
});

describe('/deadline: a measure named again as "the measure" or "this decision"', () => {
  it("reads its end date as the tariff's", async () => {
    expect(
      await listed(
        'Ruritania has placed a 12% tariff on imported bicycles since October. The current measure is set to expire on March 31.',
      ),
    ).toEqual([['ends', '2026-03-31']]);
  });
});

describe('/deadline: a start told in the active past', () => {
  it('reads "commenced the imposition of a tariff on Monday" as the Monday just gone', async () => {
    expect(await listed('Ruritania commenced the imposition of a 20% tariff on imported sugar on Monday.')).toEqual([
      ['takes effect', '2025-10-27'],
    ]);
  });

  it('reads "implemented the tariff Tuesday", then "the levy will last 90 days", from that Tuesday', async () => {
    expect(
      await listed('Ruritania implemented the 15% tariff on imported steel Tuesday. The levy will last 90 days.'),
    ).toEqual([
      ['ends', '2026-01-26'],
      ['takes effect', '2025-10-28'],
    ]);
  });

  it('reads "the tariff was implemented on October 6" as its start', async () => {
    expect(await listed('The 15% tariff on imported Ruritanian steel was implemented on October 6.')).toEqual([
      ['takes effect', '2025-10-06'],
    ]);
  });

  it('reads no start when talks about a tariff began', async () => {
    expect(await listed('Talks on the sugar tariff commenced on Monday in Geneva.')).toEqual([]);
  });
});

describe('/deadline: a levy that runs "through" a day, and a surcharge named as the levy', () => {
  it('reads "through" a day as the end of a measure that lasts until it', async () => {
    expect(await listed('The 12% tariff on Ruritanian bicycles will stay in place through November 20.')).toEqual([
      ['ends', '2025-11-20'],
    ]);
  });

  it('reads no end from "through" a day that bounds a count', async () => {
    expect(
      await listed(
        'Based on the tariff announcements through Sunday, analysts expect the average tariff to reach 18%.',
      ),
    ).toEqual([]);
  });

  it('reads the start and the end of a temporary import surcharge', async () => {
    expect(
      await listed(
        'The White House imposed a temporary 12 percent import surcharge last week. The surcharge took effect on October 24 and is scheduled to run for 150 days, through March 23, 2026, unless Congress extends it.',
      ),
    ).toEqual([
      ['ends', '2026-03-23'],
      ['takes effect', '2025-10-24'],
    ]);
  });
});
