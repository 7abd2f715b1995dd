/** "He later reduced that to 10% until July 8": a change of the rate just stated, pointed back to by a pronoun. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a change of the rate just stated, its object a pronoun', () => {
  it('is a rate of the same pair', () => {
    const lines = articleRates(
      [
        'In March, Washington announced a 30% tariff on Peruvian goods. It later reduced that to 12% until October 1 to allow time for talks with Lima.',
      ],
      '2026-08-20',
    );
    expect(lines).toContain('United States → Peru 12% current');
    expect(
      articleRates(
        ['Washington put a 30% tariff on Peruvian copper in May. Officials then cut them to 15%.'],
        '2026-08-20',
      ),
    ).toContain('United States → Peru 15% current');
  });

  it('is the rate /tariff shows in force', async () => {
    const { line } = await tariffPeru([
      'In March, Washington announced a 30% tariff on Peruvian goods. It later reduced that to 12% until October 1 to allow time for talks with Lima.',
    ]);
    expect(line).toMatch(/\*\*12%\*\*/);
  });
});
