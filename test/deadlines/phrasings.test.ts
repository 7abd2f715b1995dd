import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { articleOf } from './articles.ts';

/** Sentences written for these tests, in the ways news reports dates: one article each. */
const only = (published: string, ...paragraphs: string[]) =>
  extractDeadlines([articleOf(`a-${published}`, published, paragraphs)]);
const summary = (published: string, ...paragraphs: string[]) =>
  only(published, ...paragraphs).map((d) => ({ kind: d.kind, date: d.date, history: d.history.map((h) => h.date) }));

describe('a start without a year lies ahead unless the words say it is past', () => {
  it('reads "beginning August 1" and "from August 1" in a January article as this coming August', () => {
    expect(summary('2026-01-20', 'Duties of 25% on Canadian lumber will apply beginning August 1.')).toEqual([
      { kind: 'takes effect', date: '2026-08-01', history: [] },
    ]);
    expect(summary('2026-01-20', 'Mexico will impose a 20% tariff on Chinese cars from August 1.')[0]?.date).toBe(
      '2026-08-01',
    );
    expect(summary('2026-01-20', 'Mexico will raise its tariff on Chinese cars to 50% on August 1.')[0]?.date).toBe(
      '2026-08-01',
    ); // A participle after "will be" or "to be" is the future, not the past.
    for (const sentence of [
      'The new levies on Brazilian coffee will be applied beginning August 1.',
      'A 30% duty is to be applied from August 1 on Brazilian coffee.',
      'Officials say a 30% duty will be applied to Brazilian coffee imports beginning August 1.',
    ])
      expect(summary('2026-01-20', sentence)[0]?.date).toBe('2026-08-01');
  });

  it('reads a day of the last month told in the present tense as that day, and "next week" as no day', () => {
    expect(summary('2025-09-10', 'The 50% tariff on Indian goods, which applies from Aug. 27, hit exporters.')).toEqual(
      [{ kind: 'takes effect', date: '2025-08-27', history: [] }],
    );
    expect(only('2025-09-10', 'The new tariffs on Indian goods take effect next week.')).toEqual([]);
  });

  it('keeps a start the words put in the past, and a pause start a duration counts from', () => {
    expect(summary('2025-08-20', 'The duties have applied from August 1 to most Brazilian exports.')[0]?.date).toBe(
      '2025-08-01',
    );
    const [pause] = only('2025-08-20', 'A 90-day pause on tariffs from May 14 gave both sides time to talk.');
    expect(pause).toMatchObject({ date: '2025-08-12', approximate: true });
  });

  it('leaves the past word of a clause to its clause: a future verb after it dates the end ahead', () => {
    expect(summary('2025-08-01', 'The tariff truce, which started in May, is set to run out on August 12th.')).toEqual([
      { kind: 'ends', date: '2025-08-12', history: [] },
    ]);
    expect(summary('2025-08-01', 'The truce, agreed in May, will expire on August 12.')[0]?.date).toBe('2025-08-12');
  });
});

describe('the end of an exemption', () => {
  it('is the day a verb that ends it takes effect, whichever way round', () => {
    for (const sentence of [
      'The administration will end the de minimis exemption for low-value parcels from China on May 2.',
      'The order closes the de minimis loophole for Chinese parcels effective May 2.',
      'Duty-free de minimis treatment for parcels from China will be eliminated as of May 2.',
      'Small parcels from China will lose their de minimis exemption on May 2.',
    ])
      expect(only('2025-03-20', sentence).map((d) => [d.kind, d.date, d.title])).toEqual([
        ['ends', '2025-05-02', 'US–China de minimis exemption'],
      ]);
  });

  it('is the start day the sentence opens with when the exemption is ended or suspended after it', () => {
    for (const sentence of [
      'Effective May 2, the de minimis exemption for parcels from China will be suspended.',
      'Starting May 2, the de minimis exemption for parcels from China ends.',
      'The order ending the de minimis exemption for parcels from China takes effect May 2.',
    ])
      expect(only('2025-03-20', sentence).map((d) => [d.kind, d.date])).toEqual([['ends', '2025-05-02']]);
  });

  it('is not the day an order was signed', () => {
    expect(only('2025-03-20', 'Trump on Monday signed an order ending the de minimis exemption for parcels.')).toEqual(
      [],
    );
  });
});

describe('sales, extensions and years', () => {
  it('reads a sale or divestment deadline however it is put', () => {
    for (const sentence of [
      'The app’s owner must divest its American business by June 19 or face a ban.',
      'The owner was given until June 19 to sell the app.',
      'The White House gave the app’s owner until June 19 to sell it.',
      'The deadline for the owner to find a buyer is June 19.',
      'The owner will have to divest the app by June 19.',
      'The owner faces a deadline set for June 19 to sell the app.',
    ])
      expect(only('2025-02-20', sentence).map((d) => d.date)).toEqual(['2025-06-19']);
    expect(only('2025-02-20', 'The buyer must complete the sale by the end of the year.')[0]?.date).toBe('2025-12-31');
  });

  it('keeps the date a deadline was moved from as history', () => {
    expect(summary('2025-07-10', 'The July 9 tariff deadline was pushed back to August 1.')).toEqual([
      { kind: 'ends', date: '2025-08-01', history: ['2025-07-09'] },
    ]);
    for (const sentence of [
      'Washington delayed the higher tariffs on Japan until August 1.',
      'The suspension of the tariffs on Mexico was extended until August 1.',
      'The truce with Mexico on tariffs expires on August 1.',
      'The exemption for Mexican energy runs through August 1.',
    ])
      expect(only('2025-07-10', sentence).map((d) => d.date)).toEqual(['2025-08-01']);
  });

  it('counts the time a verb adds from the date it moves, with or without "by"', () => {
    expect(summary('2025-06-10', 'The deadline for the sale of the app was pushed back 75 days from June 19.')).toEqual(
      [{ kind: 'ends', date: '2025-09-02', history: ['2025-06-19'] }],
    );
  });

  it('counts a year from the end it replaces, and from a stated start', () => {
    expect(
      summary('2025-10-30', 'The tariff truce, which was due to expire on Nov. 10, has been extended by a year.'),
    ).toEqual([{ kind: 'ends', date: '2026-11-10', history: ['2025-11-10'] }]);
    const [controls] = only('2025-10-30', 'China will suspend its export controls for one year starting Nov. 10.');
    expect(controls).toMatchObject({ date: '2026-11-10', approximate: true });
  });

  it('gives no date for a year with no start', () => {
    expect(only('2025-10-30', 'China agreed to suspend its export controls for one year.')).toEqual([]);
  });
});

describe('a later article and the pause it speaks of', () => {
  it('keeps a date already past when written, and before the current one, as history', () => {
    const [truce, ...rest] = extractDeadlines([
      articleOf('extended', '2025-08-12', ['The tariff truce between the US and China now runs until Nov. 10.']),
      articleOf('looking-back', '2025-09-01', ['The first US-China tariff truce expired on July 9 without a deal.']),
    ]);
    expect(rest).toEqual([]);
    expect(truce).toMatchObject({ id: 'us-china-tariffs', date: '2025-11-10', article: { id: 'extended' } });
    expect(truce?.history.map((h) => [h.date, h.article?.id])).toEqual([['2025-07-09', 'looking-back']]);
  });

  it('moves the date when a later article states a new one for the same pause, and only that pause', () => {
    const deadlines = extractDeadlines([
      articleOf('first', '2025-07-01', ['The tariff truce between the US and China runs until Aug. 12.']),
      articleOf('eu', '2025-07-20', ['The pause on US tariffs against the EU lasts until Aug. 1.']),
      articleOf('later', '2025-08-11', ['The US-China tariff truce was extended until Nov. 10.']),
    ]);
    expect(deadlines.map((d) => [d.id, d.date, d.history.map((h) => h.date)])).toEqual([
      ['us-china-tariffs', '2025-11-10', ['2025-08-12']],
      ['us-eu-tariffs', '2025-08-01', []],
    ]);
  });
});
