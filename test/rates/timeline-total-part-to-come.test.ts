/**
 * A total told as reached by a part ("slapped an additional 20%, raising the overall levy to 40%")
 * whose own article gives that part a later start: the total has not come, the level without the
 * part holds. A paragraph printed twice adds nothing (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import type { RateStatement } from '../../src/rates/rate-statement.ts';
import { rateInForce } from '../../src/rates/timeline.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const told = 'Last month Trump slapped an additional 20% tariff, raising the overall levy to 40% on Peruvian goods.';
const statement = (percent: number, paragraph: number, rest: Partial<RateStatement> = {}): RateStatement => ({
  imposer: 'United States',
  target: 'Peru',
  published: '2026-08-20',
  passageId: `p${paragraph}`,
  paragraph,
  articleId: 'a',
  percent,
  status: 'current',
  sentence: told,
  ...rest,
});

describe('a total whose part its own article starts later', () => {
  const scheduled = statement(20, 2, {
    status: 'scheduled',
    part: 'component',
    effective: '2026-08-27',
    sentence: 'The new duties are set to take effect on August 27.',
  });
  const background = (paragraph: number) => [
    statement(20, paragraph, { part: 'component' }),
    statement(40, paragraph, { part: 'total' }),
  ];

  it('is not in force before that start, even when the paragraph is printed twice', () => {
    const statements = [...background(1), scheduled, ...background(5)];
    expect(rateInForce(statements, 'United States', 'Peru', '2026-08-20')?.percent).toBe(20);
    expect(rateInForce(statements, 'United States', 'Peru', '2026-08-28')?.percent).toBe(40);
  });

  it('stays when the part still to come is another one', () => {
    const statements = [
      statement(40, 1, { sentence: 'Peruvian goods face a 40% tariff.' }),
      statement(25, 2, { status: 'scheduled', part: 'component', effective: '2026-08-27' }),
    ];
    expect(rateInForce(statements, 'United States', 'Peru', '2026-08-20')?.percent).toBe(40);
  });

  it('shows through /tariff as the level without the part', async () => {
    const { line } = await tariffPeru([
      [
        '2026-08-26',
        [
          'The United States issued a notice imposing an additional 20% tariff on Peruvian goods, with the new duties set to take effect on September 27.',
          'In August, Trump slapped an additional 20 per cent tariff, raising the overall levy to 40 per cent on goods coming from Peru.',
        ],
      ],
    ]);
    expect(line).toMatch(/\*\*20%\*\*/);
  });
});
