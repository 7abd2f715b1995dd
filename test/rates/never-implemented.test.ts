/**
 * "the 50% tariff was never implemented", "did not take effect", "didn't kick in": a rate told as
 * never started was only a threat. Not "did not take effect until August", a late start. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a rate that never started', () => {
  it('is a threat, however the never is told', () => {
    expect(
      articleRates(
        [
          'The 50% tariff on Peruvian goods was never implemented.',
          'The 40% duty on Chilean imports did not take effect.',
          "The 30% levy on Bolivian goods didn't kick in after all.",
        ],
        '2026-08-20',
      ),
    ).toEqual([
      'United States → Peru 50% threatened',
      'United States → Chile 40% threatened',
      'United States → Bolivia 30% threatened',
    ]);
  });

  it('is not a start that came late', () => {
    expect(
      articleRates(['The 25% tariff on Peruvian goods did not take effect until August.'], '2026-06-20'),
    ).not.toEqual(['United States → Peru 25% threatened']);
  });

  it('leaves the rate in force in /tariff', async () => {
    const { line } = await tariffPeru([
      ['2026-07-01', ['Peruvian goods face a 10% tariff in the United States.']],
      ['2026-08-20', ['The 50% tariff on Peruvian goods was never implemented.']],
    ]);
    expect(line).toMatch(/^\*\*10%\*\*/);
  });
});
