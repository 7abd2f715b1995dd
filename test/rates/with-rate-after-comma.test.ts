import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A comparison that lists countries each with its rate set off by a comma and "with" ("goods from
 * Chile, which negotiated a 15 percent tariff, or Peru, with a 10 percent tariff"): the rate after
 * "with" is the rate on the country right before it, not on the first country of the sentence;
 * asked through the console as a user asks.
 */
describe('a rate told after a country, a comma and "with"', () => {
  const story = [
    'Bolivian goods will cost more than goods from Chile, which negotiated a 15 percent tariff, or Peru, with a 10 percent tariff.',
  ];

  it('gives the rate to the country before "with"', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Chile 15% current',
      'United States → Peru 10% current',
    ]);
  });

  it('answers /tariff peru with that rate', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
  });

  it('leaves a retaliation told with "with" to the country that retaliates', () => {
    expect(
      articleRates(['Peru hit back at the United States, with a 20% tariff on all American goods.'], '2026-09-01'),
    ).toEqual(['Peru → United States 20% current']);
  });
});
