/**
 * Claims of one day that disagree, where a source of that day tells one level replaced ("the deal
 * slashed the 30% tariff"): the other level is the one in force, not the level that held before.
 */
import { describe, expect, it } from 'vitest';
import type { RateStatement } from '../../src/rates/rate-statement.ts';
import { rateInForce } from '../../src/rates/timeline.ts';

const statement = (
  percent: number,
  status: RateStatement['status'],
  articleId: string,
  published: string,
  sentence: string,
): RateStatement => ({
  imposer: 'United States',
  target: 'Peru',
  percent,
  status,
  articleId,
  published,
  passageId: `${articleId}#1`,
  paragraph: 1,
  sentence,
});

const before = statement(30, 'current', 'a', '2026-06-10', 'A 30% tariff on Peruvian goods took effect on Wednesday.');
const held = statement(
  30,
  'current',
  'b',
  '2026-08-26',
  'Washington agreed to lower tariffs on Peruvian goods from 30% to 12%.',
);
const cut = statement(
  12,
  'current',
  'c',
  '2026-08-26',
  'The agreement cutting US tariffs on Peruvian goods to 12% applies from August 14.',
);
const replaced = statement(30, 'previous', 'c', '2026-08-26', 'The deal slashed the 30% tariff on imports from Peru.');

describe('one day’s disagreeing claims', () => {
  it('take the level no source of that day tells replaced', () => {
    expect(rateInForce([before, held, cut, replaced], 'United States', 'Peru', '2026-08-30')?.percent).toBe(12);
  });

  it('keep the level that held before when none is told replaced', () => {
    expect(rateInForce([before, held, cut], 'United States', 'Peru', '2026-08-30')?.percent).toBe(30);
  });
});
