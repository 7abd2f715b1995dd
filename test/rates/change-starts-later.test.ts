/**
 * A sentence whose subject points back to the change just told ("The move, which …, will be
 * effective on …") puts that change's new level off to its day: sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const cut = [
  'Washington formally cut its additional tariff on imports from Peru to 10%, the White House said.',
  'The move, which lowers the levy from the current 20% rate, will be effective on September 8, according to the order.',
];

describe('a change whose start the next sentence tells', () => {
  it('is still to come, and the level it lowers stays in force', () => {
    expect(articleRates(cut, '2026-09-01')).toEqual([
      'United States → Peru 10% scheduled',
      'United States → Peru 20% current',
    ]);
  });

  it('reads the start in the present too', () => {
    expect(
      articleRates(
        ['Peru said it had raised its tariff on American goods to 30%.', 'The change takes effect on June 3.'],
        '2026-05-20',
      ),
    ).toEqual(['Peru → United States 30% scheduled']);
  });

  it('leaves a change the next sentence tells nothing to come of in force', () => {
    expect(
      articleRates(
        ['Washington cut its tariff on Peruvian goods to 10%.', 'The move was welcomed in Lima.'],
        '2026-05-20',
      ),
    ).toEqual(['United States → Peru 10% current']);
  });

  it('shows the level in force in /tariff until the day', async () => {
    const { line } = await tariffPeru([['2026-09-01', cut]]);
    expect(line).toMatch(/\*\*20%\*\*/);
  });
});
