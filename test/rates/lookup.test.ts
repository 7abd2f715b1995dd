import { describe, expect, it } from 'vitest';
import { pairRates, partnersWithRates } from '../../src/rates/current.ts';
import type { RateStatement } from '../../src/rates/rate-statement.ts';

const statement = (target: string, percent: number): RateStatement => ({
  imposer: 'United States',
  target,
  percent,
  status: 'current',
  articleId: 'a',
  passageId: 'a#1',
  paragraph: 1,
  published: '2025-05-30',
  sentence: 'Sentence.',
});

describe('the rate look-up of a knowledge base', () => {
  it('is built once per statements array, and afresh for a new array (a reload)', () => {
    const rates = [statement('China', 30)];
    expect(partnersWithRates(rates)).toEqual([{ country: 'China', statements: 1 }]);
    expect(pairRates(rates, 'China').map((d) => [d.imposer, d.target, d.headline?.percent])).toEqual([
      ['United States', 'China', 30],
      ['China', 'United States', undefined],
    ]);
    // The same objects on a second call: built once, not per keystroke.
    expect(partnersWithRates(rates)).toBe(partnersWithRates(rates));
    expect(pairRates(rates, 'China')).toBe(pairRates(rates, 'China'));
    const reloaded = [...rates, statement('Japan', 15), statement('Japan', 25)];
    expect(partnersWithRates(reloaded).map((p) => p.country)).toEqual(['Japan', 'China']);
    expect(pairRates(reloaded, 'Japan')[0].headline?.percent).toBe(15);
  });
});
