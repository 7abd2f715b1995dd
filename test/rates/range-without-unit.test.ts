import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A span of rates whose first number goes without its unit ("ranging from 10 to 41 percent") is a
 * range over many partners, not a change from 10% to 41%: no level of the article's partner.
 */
describe('a range whose first number has no unit', () => {
  it('gives no rate for either end', () => {
    const rates = articleRates(
      [
        'US Tariffs on Peruvian Exports',
        'On July 31, US President Donald Trump signed a new order imposing additional tariffs, ranging from 10 to 41 percent, on imports from 68 countries.',
      ],
      '2026-08-01',
    );
    expect(rates.filter((r) => /\b(?:10|41)%/.test(r))).toEqual([]);
  });

  it('still reads "from 27.5 to 10 per cent" as a change', () => {
    expect(
      articleRates(['Peru cut its tariff on American goods from 27.5 to 10 per cent.'], '2026-08-01').some((r) =>
        r.includes(' 10% '),
      ),
    ).toBe(true);
  });

  it('leaves /tariff on the partner’s own rate', async () => {
    const { line } = await tariffPeru([
      ['2026-07-02', ['Trump said the tariff on Peruvian goods would be 20%, up from the current universal 10%.']],
      [
        '2026-08-01',
        [
          'US Tariffs on Peruvian Exports',
          'On July 31, US President Donald Trump signed a new order imposing additional tariffs, ranging from 10 to 41 percent, on imports from 68 countries. The rates for Peru have stayed the same as previously stated.',
          'On July 2, Trump announced a 20 percent tariff on Peru’s exports.',
        ],
      ],
    ]);
    expect(line).toMatch(/\*\*20%\*\*/);
  });
});
