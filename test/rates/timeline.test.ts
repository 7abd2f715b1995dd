import { describe, expect, it } from 'vitest';
import type { RateStatement } from '../../src/rates/rate-statement.ts';
import {
  directionTimeline,
  inForceWording,
  pairTimelines,
  rateInForce,
  stateOn,
  trackerStatus,
} from '../../src/rates/timeline.ts';

let order = 0;
/** A US → Japan statement unless told otherwise; each one from its own article. */
function said(fields: Partial<RateStatement> & Pick<RateStatement, 'percent' | 'status' | 'published'>): RateStatement {
  order++;
  return {
    imposer: 'United States',
    target: 'Japan',
    articleId: `t${order}`,
    passageId: `t${order}#1`,
    paragraph: 1,
    sentence: `Sentence ${order}.`,
    ...fields,
  };
}
const US = 'United States';
const onDay = (statements: RateStatement[], asOf: string) => rateInForce(statements, US, 'Japan', asOf);

describe('tracker statuses', () => {
  it('names each statement as trackers do, and leaves conditional mentions out of the timeline', () => {
    const scheduled = said({ percent: 25, status: 'scheduled', effective: '2025-08-01', published: '2025-07-10' });
    const announced = said({ percent: 25, status: 'scheduled', published: '2025-07-10' });
    const court = said({
      percent: 20,
      status: 'previous',
      published: '2026-02-20',
      sentence: 'The Supreme Court struck down the 20% duties.',
    });
    const ruled = said({
      percent: 34,
      status: 'previous',
      published: '2026-02-20',
      sentence: 'Judges ruled the 34% tariff on Japanese goods unlawful and ordered refunds.',
    });
    const conditional = said({ percent: 50, status: 'hypothetical', published: '2025-07-10' });
    expect([scheduled, announced, court, ruled].map(trackerStatus)).toEqual([
      'scheduled',
      'announced',
      'struck down',
      'struck down',
    ]);
    expect(
      [
        said({ percent: 1, status: 'current', published: '2025-01-01' }),
        said({ percent: 1, status: 'previous', published: '2025-01-01' }),
        said({ percent: 1, status: 'threatened', published: '2025-01-01' }),
        said({ percent: 1, status: 'suspended', published: '2025-01-01' }),
      ].map(trackerStatus),
    ).toEqual(['in force', 'replaced', 'threatened', 'paused']);
    expect(trackerStatus(conditional)).toBeUndefined();
    expect(directionTimeline([conditional, scheduled], US, 'Japan').general.map((e) => e.statement)).toEqual([
      scheduled,
    ]);
  });
});

describe('the rate in force on a day', () => {
  it('lets later news of another level, before the date, overtake a scheduled rate; a restatement confirms it', () => {
    const old = said({ percent: 10, status: 'current', published: '2025-04-10' });
    const letter = said({ percent: 32, status: 'scheduled', effective: '2025-08-01', published: '2025-07-07' });
    const deal = said({ percent: 19, status: 'current', published: '2025-07-16' });
    expect(onDay([old, letter, deal], '2025-08-10')?.percent).toBe(19);
    const dealToCome = said({ percent: 19, status: 'scheduled', published: '2025-07-16' });
    expect(onDay([old, letter, dealToCome], '2025-08-10')?.percent).toBe(10);
    // The old level restated before the date is only what the new one replaces.
    const restated = said({ percent: 10, status: 'current', published: '2025-07-20' });
    expect(onDay([old, letter, restated], '2025-08-10')?.percent).toBe(32);
    // A later article that states the scheduled level again confirms it.
    const again = said({ percent: 32, status: 'scheduled', effective: '2025-08-01', published: '2025-07-25' });
    expect(onDay([old, letter, deal, again], '2025-08-10')?.percent).toBe(32);
  });

  it('starts a scheduled rate on its date, and says no later article confirms it', () => {
    const old = said({ percent: 10, status: 'current', published: '2025-04-10' });
    const letter = said({ percent: 25, status: 'scheduled', effective: '2025-08-01', published: '2025-07-10' });
    expect(onDay([old, letter], '2025-07-31')?.percent).toBe(10);
    const after = onDay([old, letter], '2025-08-02');
    expect(after).toMatchObject({ percent: 25, since: '2025-08-01', basis: 'as scheduled', statement: letter });
    expect(inForceWording(after!, (d) => d)).toBe('in force since 2025-08-01, as scheduled; no later article confirms');
    const confirmed = said({ percent: 25, status: 'current', published: '2025-08-05' });
    expect(onDay([old, letter, confirmed], '2025-08-06')).toMatchObject({ basis: 'stated', since: '2025-08-01' });
  });

  it('never starts a scheduled rate that a later article calls a threat again or says was dropped', () => {
    const letter = said({ percent: 25, status: 'scheduled', effective: '2025-08-01', published: '2025-07-10' });
    const threat = said({ percent: 25, status: 'threatened', published: '2025-07-20' });
    const dropped = said({ percent: 25, status: 'previous', published: '2025-07-25' });
    expect(onDay([letter, threat], '2025-08-10')).toBeUndefined();
    expect(onDay([letter, dropped], '2025-08-10')).toBeUndefined();
  });

  it('adds up the parts one sentence gives, but not parts from different sentences', () => {
    const sentence = 'Japanese goods face a 10% baseline plus a 15% reciprocal rate.';
    const same = { status: 'current', published: '2025-08-10', part: 'component', articleId: 'p1', sentence } as const;
    const baseline = said({ ...same, percent: 10 });
    const reciprocal = said({ ...same, percent: 15 });
    expect(onDay([baseline, reciprocal], '2025-08-11')).toMatchObject({
      percent: 25,
      statement: { percent: 25, part: 'total', sentence },
    });
    const elsewhere = said({ percent: 15, status: 'current', published: '2025-08-10', part: 'component' });
    expect(onDay([baseline, elsewhere], '2025-08-11')?.percent).toBe(10);
    // A total stated beside the parts is the rate.
    const total = said({ ...same, percent: 30, part: 'total' });
    expect(onDay([baseline, reciprocal, total], '2025-08-11')?.percent).toBe(30);
  });

  it('is never set by threats, announcements without a date or pauses', () => {
    const statements = [
      said({ percent: 50, status: 'threatened', published: '2025-07-10' }),
      said({ percent: 40, status: 'scheduled', published: '2025-07-11' }),
      said({ percent: 30, status: 'suspended', published: '2025-07-12' }),
    ];
    expect(onDay(statements, '2026-01-01')).toBeUndefined();
    expect(stateOn(directionTimeline(statements, US, 'Japan'), '2026-01-01').pending?.statement.percent).toBe(30);
  });

  it('reads only the articles up to the day asked about', () => {
    const early = said({ percent: 24, status: 'current', published: '2025-04-05' });
    const late = said({ percent: 15, status: 'current', published: '2025-08-07' });
    expect(onDay([early, late], '2025-05-01')?.statement).toBe(early);
    expect(onDay([early, late], '2025-09-01')?.statement).toBe(late);
  });

  it('treats a newer article restating a rate that was replaced as background', () => {
    const peak = said({ percent: 145, status: 'current', published: '2025-04-10' });
    const cut = said({ percent: 145, status: 'previous', published: '2025-05-12' });
    const truce = said({ percent: 30, status: 'current', published: '2025-05-12' });
    const background = said({ percent: 145, status: 'current', published: '2025-06-20' });
    expect(onDay([peak, cut, truce, background], '2025-07-01')?.statement).toBe(truce);
  });

  it('comes back after a pause ends when an article says so', () => {
    const rate = said({ percent: 25, status: 'current', published: '2025-03-04' });
    const paused = said({ percent: 25, status: 'suspended', published: '2025-03-06' });
    const back = said({ percent: 25, status: 'current', published: '2025-04-02' });
    expect(onDay([rate, paused], '2025-03-20')).toBeUndefined();
    expect(onDay([rate, paused, back], '2025-04-03')?.statement).toBe(back);
  });

  it('keeps rates limited to products or to goods routed through a third country apart from the general rate', () => {
    const general = said({ percent: 20, status: 'current', published: '2025-08-01' });
    const steel = said({ percent: 50, status: 'current', products: ['steel'], published: '2025-08-02' });
    const route = said({
      percent: 40,
      status: 'current',
      published: '2025-08-03',
      sentence: 'Goods transshipped through Japan face a 40% duty.',
      scope: 'transshipped through Japan',
    });
    const state = stateOn(directionTimeline([general, steel, route], US, 'Japan'), '2025-08-04');
    expect(state.inForce?.statement).toBe(general);
    expect(state.limited.map((r) => r.statement)).toEqual([route, steel]);
  });

  it('says when sources of the same date disagree, and names the other one', () => {
    const one = said({ percent: 15, status: 'current', published: '2025-09-05' });
    const other = said({ percent: 25, status: 'current', published: '2025-09-05' });
    const result = onDay([one, other], '2025-09-06');
    expect(result?.statement).toBe(one);
    expect(result?.disputed).toEqual([other]);
    const component = said({ percent: 10, status: 'current', part: 'component', published: '2025-09-05' });
    expect(onDay([one, component], '2025-09-06')?.disputed).toEqual([]);
  });

  it('falls back on the home country’s rate on all countries where a partner has none of its own', () => {
    const global = said({ target: 'all countries', percent: 10, status: 'current', published: '2026-02-24' });
    const own = said({ percent: 15, status: 'current', published: '2025-08-07' });
    expect(rateInForce([global], US, 'Japan', '2026-03-01')).toMatchObject({ percent: 10, worldwide: true });
    expect(rateInForce([global, own], US, 'Japan', '2026-03-01')).toMatchObject({ percent: 15 });
    expect(rateInForce([global, own], US, 'Japan', '2026-03-01')?.worldwide).toBeUndefined();
    const [home] = pairTimelines([global], 'Japan');
    expect(stateOn(home, '2026-03-01').inForce?.statement).toBe(global);
    expect(rateInForce([global], 'Japan', US, '2026-03-01')).toBeUndefined();
  });
});
