import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "The rate applied to cabinets is set to jump to 50% on Jan. 1, with the levy on wood rising to 30%
 * in the new year, unless countries reach a deal": a rise already set keeps its start; the condition
 * only tells how it could be avoided. A rise promised with a condition stays a threat. Sentences
 * written for this test.
 */
describe('a rise set for a day, with a way out', () => {
  it('reads both levels as scheduled', () => {
    expect(
      articleRates(
        [
          'The rate applied to Peruvian cabinets is set to jump to 50% on Jan. 1, with the levy on other Peruvian wooden goods rising to 30% in the new year, unless Lima reaches a deal with Washington.',
        ],
        '2026-10-01',
      ),
    ).toEqual(['United States → Peru 50% scheduled', 'United States → Peru 30% scheduled']);
  });

  it('reads a level set to be reached unless a deal comes as scheduled', () => {
    expect(
      articleRates(
        ['The levy on Peruvian goods is set to rise to 40% on Jan. 1 unless Lima reaches a deal.'],
        '2026-10-01',
      ),
    ).toEqual(['United States → Peru 40% scheduled']);
  });

  it('still reads a rise promised on a condition as a threat', () => {
    expect(
      articleRates(
        ['The president said Peruvian goods would face a tariff rising to 40% on Jan. 1 unless Lima reaches a deal.'],
        '2026-10-01',
      ),
    ).toEqual(['United States → Peru 40% threatened']);
  });

  it('lists the rise as scheduled in /tariff', async () => {
    const { text } = await tariffPeru([
      ['2026-09-01', ['The levy on Peruvian goods is set to rise to 40% on Jan. 1 unless Lima reaches a deal.']],
    ]);
    expect(text).toMatch(/\*\*40%\*\* · scheduled for/);
  });
});
