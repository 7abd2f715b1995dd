import { describe, expect, it } from 'vitest';
import { deadlinesListed } from '../helpers/deadline.ts';

/** `/deadline list` over one article of Tuesday 2025-07-01 (Monday was 30 June, Friday is 4 July). */
async function listed(...paragraphs: string[]) {
  const deadlines = await deadlinesListed('2025-07-01', paragraphs, '2025-07-02T00:00:00Z');
  return deadlines.map((d) => [d.kind, d.date, d.approximate, d.history.map((h) => h.date)]);
}

describe('/deadline: an extension counted from the day another paragraph says it replaces', () => {
  it('counts "another 90 days" from the day the truce "had been due to expire"', async () => {
    expect(
      await listed(
        'The president extended the tariff truce with Ruritania by another 90 days on Monday, an official said.',
        'Retailers welcomed the news before the holiday season.',
        'The truce between the two capitals had been due to expire on Tuesday.',
      ),
    ).toEqual([['ends', '2025-09-29', true, ['2025-07-01']]]);
  });

  it('counts "a 90-day extension of his deadline" from the day the threatened duty was to begin', async () => {
    expect(
      await listed(
        'The president on Monday announced a 90-day extension of his tariff deadline for Ruritania.',
        'In a letter last month, he threatened to impose a 30 percent duty on Ruritanian imports beginning July 4.',
      ),
    ).toContainEqual(['ends', '2025-10-02', true, ['2025-07-04']]);
  });

  it('counts a suspension "by 6 months" of countermeasures from the day they were due to start', async () => {
    expect(
      await listed(
        'Brussels will suspend by 6 months its countermeasures against the US, which were due to enter into force on 7 July.',
      ),
    ).toContainEqual(['ends', '2026-01-07', true, ['2025-07-07']]);
  });

  it('counts nothing when the article gives two such days', async () => {
    const shown = await listed(
      'The president on Monday announced a 90-day extension of his tariff deadline for Ruritania.',
      'In a letter last month, he threatened to impose a 30 percent duty on Ruritanian imports beginning July 4.',
      'A second letter set a 40 percent duty on Ruritanian imports to begin July 7.',
    );
    expect(shown.filter(([, , approximate]) => approximate)).toEqual([]);
  });

  it('counts nothing from a time that tells when an extension may come ("extend them after 150 days")', async () => {
    expect(
      await listed(
        'The law allows tariffs of up to 15% but requires congressional approval to extend them after 150 days.',
        'The president said he would impose a new 10% duty on imports from Ruritania starting on Friday.',
      ),
    ).toEqual([['takes effect', '2025-07-04', false, []]]);
  });
});
