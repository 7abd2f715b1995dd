import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "US auto tariffs on Peruvian cars": a country before goods and a tariff that names whom it is
 * charged on ("on …", "against …") charges that tariff; the goods tell its kind. Without such an
 * "on", "Peruvian auto tariffs" stay the tariffs Peru's cars bear. Asked through the console as a
 * user asks, on sentences written for this test.
 */
describe('the country before "<goods> tariffs on …"', () => {
  const story = [
    'The pact will reduce US auto tariffs on Peruvian cars from 25 to 12 per cent, bringing relief to carmakers who had paid more than their Chilean rivals.',
  ];

  it('charges the tariff, so the cut is the home country’s on Peru', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 25% current',
      'United States → Peru 12% scheduled',
    ]);
  });

  it('answers /tariff peru with the cut the pact brings', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toContain('12%');
  });

  it('keeps a partner’s goods tariffs with no "on" the rate its goods bear', () => {
    expect(articleRates(['Peruvian auto tariffs rose to 25% on Friday.'], '2026-09-01')).toEqual([
      'United States → Peru 25% current',
    ]);
  });
});
