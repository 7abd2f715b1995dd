/**
 * A rate on all countries under Section 232 covers named sectors only: it never stands in as a
 * partner's general rate, even where the reading of its products fails (sentences written for this
 * test).
 */
import { describe, expect, it } from 'vitest';
import type { RateStatement } from '../../src/rates/rate-statement.ts';
import { rateInForce } from '../../src/rates/timeline.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const statement = (percent: number, rest: Partial<RateStatement>): RateStatement => ({
  imposer: 'United States',
  target: 'all countries',
  published: '2026-08-20',
  passageId: 'p1',
  paragraph: 1,
  articleId: 'a',
  percent,
  status: 'current',
  sentence: '',
  ...rest,
});

describe('a Section 232 rate on all countries', () => {
  it('is no general rate for a partner', () => {
    const statements = [
      statement(10, { published: '2026-08-10', articleId: 'b', sentence: 'A 10% tariff applies to all countries.' }),
      statement(50, {
        basis: 'Section 232',
        sentence: 'Other tariffs remain in place, such as the 50% tariff on metal imports under Section 232.',
      }),
    ];
    expect(rateInForce(statements, 'United States', 'Peru', '2026-08-20')?.percent).toBe(10);
  });

  it('does not show through /tariff as the rate on a partner', async () => {
    const { line } = await tariffPeru([
      [
        '2026-08-10',
        [
          'The United States imposed a 10% tariff on goods from all countries.',
          'Peru charges a 5% tariff on American goods.',
        ],
      ],
      [
        '2026-08-20',
        [
          'Tariffs adopted under other laws remain in place, such as the 50% tariff on steel and aluminum imports, adopted on the basis of Section 232.',
        ],
      ],
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
  });
});
