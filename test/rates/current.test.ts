import { describe, expect, it } from 'vitest';
import { directionRates, pairStatements, partnersWithRates } from '../../src/rates/current.ts';
import type { RateStatement } from '../../src/rates/rate-statement.ts';

let order = 0;
/** A US → China statement unless told otherwise; each one gets its own sentence. */
function statement(
  fields: Partial<RateStatement> & Pick<RateStatement, 'percent' | 'status' | 'published'>,
): RateStatement {
  order++;
  return {
    imposer: 'United States',
    target: 'China',
    articleId: `a${order}`,
    passageId: `a${order}#1`,
    paragraph: 1,
    sentence: `Sentence ${order}.`,
    ...fields,
  };
}

describe('the headline rate of a direction', () => {
  it('is the newest current statement: a later article replaces an earlier rate', () => {
    const old = statement({ percent: 145, status: 'current', published: '2025-04-10' });
    const newer = statement({ percent: 30, status: 'current', published: '2025-05-30' });
    const rates = directionRates([old, newer], 'United States', 'China');
    expect(rates.headline).toBe(newer);
    expect(rates.history).toEqual([newer, old]);
  });

  it('prefers a total to a plain rate to a component of the same date, whatever their order', () => {
    const component = statement({ percent: 25, status: 'current', part: 'component', published: '2025-06-04' });
    const plain = statement({ percent: 30, status: 'current', published: '2025-06-04' });
    const total = statement({ percent: 55, status: 'current', part: 'total', published: '2025-06-04' });
    expect(directionRates([component, plain, total], 'United States', 'China').headline).toBe(total);
    expect(directionRates([component, plain], 'United States', 'China').headline).toBe(plain);
    expect(directionRates([component], 'United States', 'China').headline).toBe(component);
  });

  it('leaves rates limited to products out of the headline, listing the newest per product set', () => {
    const steel = statement({ percent: 50, status: 'current', products: ['steel'], published: '2025-06-04' });
    const olderSteel = statement({ percent: 25, status: 'current', products: ['steel'], published: '2025-03-12' });
    const goods = statement({ percent: 30, status: 'current', published: '2025-05-30' });
    const rates = directionRates([steel, olderSteel, goods], 'United States', 'China');
    expect(rates.headline).toBe(goods);
    expect(rates.coverage.map((r) => r.statement)).toEqual([steel]);
  });

  it('is absent when no article states a current rate, and never made up from other statuses', () => {
    const threat = statement({ percent: 60, status: 'threatened', published: '2025-01-10' });
    const rates = directionRates([threat], 'United States', 'China');
    expect(rates.headline).toBeUndefined();
    expect(rates.pending).toBe(threat);
    expect(directionRates([], 'China', 'United States')).toEqual({
      imposer: 'China',
      target: 'United States',
      history: [],
      coverage: [],
    });
  });

  it('drops a current rate that a later article says was scrapped', () => {
    const counter = statement({
      imposer: 'Canada',
      target: 'United States',
      percent: 25,
      status: 'current',
      published: '2025-03-06',
    });
    const scrapped = statement({
      imposer: 'Canada',
      target: 'United States',
      percent: 25,
      status: 'previous',
      published: '2025-08-22',
    });
    expect(directionRates([counter, scrapped], 'Canada', 'United States').headline).toBeUndefined();
  });

  it('shows what may change only when no later article says where the rate stands', () => {
    const scheduled = statement({ percent: 30, status: 'scheduled', published: '2025-05-12' });
    const current = statement({ percent: 30, status: 'current', published: '2025-05-30' });
    expect(directionRates([scheduled], 'United States', 'China').pending).toBe(scheduled);
    expect(directionRates([scheduled, current], 'United States', 'China').pending).toBeUndefined();
  });
});

describe('pairs and partners', () => {
  const statements = [
    statement({ percent: 30, status: 'current', published: '2025-05-30' }),
    statement({ imposer: 'China', target: 'United States', percent: 10, status: 'current', published: '2025-05-30' }),
    statement({ imposer: 'Mexico', target: 'China', percent: 50, status: 'threatened', published: '2025-09-15' }),
    statement({ target: 'Japan', percent: 15, status: 'current', published: '2025-07-23' }),
  ];

  it('keeps statements between the home country and the partner only, newest first', () => {
    expect(pairStatements(statements, 'China').map((s) => s.percent)).toEqual([30, 10]);
  });

  it('lists the home country’s partners by number of statements', () => {
    expect(partnersWithRates(statements)).toEqual([
      { country: 'China', statements: 2 },
      { country: 'Japan', statements: 1 },
    ]);
  });
});
