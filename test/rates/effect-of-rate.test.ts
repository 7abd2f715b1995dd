import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "Seeking a deal to reduce the impact of the tariffs …, which placed a 10% levy": the verb's object
 * is what the rate does, so the rate is not replaced. Sentences written for this test.
 */
describe('a change verb whose object is the effect of a rate', () => {
  it('keeps the rate in force', () => {
    expect(
      articleRates(
        [
          'Lima has been seeking a deal to reduce the impact of the tariffs Washington imposed in April, which placed a 10% levy on all Peruvian exports.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 10% current']);
  });

  it('still reads a rate the verb itself lowered as replaced', () => {
    expect(
      articleRates(
        ['Washington has lowered the tariffs it imposed in April, which placed a 10% levy on all Peruvian exports.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 10% previous']);
  });

  it('gives the rate as in force in /tariff', async () => {
    const { line } = await tariffPeru([
      'Lima has been seeking ways to cut the cost of the tariffs Washington imposed in April, which placed a 10% levy on all Peruvian exports.',
    ]);
    expect(line).toMatch(/10%/);
  });
});
