import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A condition and a modal in the main clause ("without a trade agreement, … would become more
 * expensive") do not reach a rate an aside tells of another country, a past relative clause
 * ("…, which negotiated a 15 percent tariff") or a "with" after a listed name ("…, or Peru, with a
 * 10 percent tariff"): that rate is a fact, in force; asked through the console as a user asks.
 */
describe('a rate in an aside after a condition', () => {
  const story = [
    'Exporters warned that without a trade agreement, Bolivian goods would become more expensive than goods from Chile, which negotiated a 15 percent tariff, or Peru, with a 10 percent tariff.',
  ];

  it('keeps the asides’ rates in force', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Chile 15% current',
      'United States → Peru 10% current',
    ]);
  });

  it('answers /tariff peru with its rate', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
  });

  it('still reads a rate the condition governs as a threat', () => {
    expect(
      articleRates(['Without a deal, Peru, which rejected the offer, would face a 20% tariff.'], '2026-09-01'),
    ).toEqual(['United States → Peru 20% threatened']);
    expect(articleRates(['If talks fail, Trump will hit Peru, with a 20% tariff.'], '2026-09-01')).toEqual([
      'United States → Peru 20% threatened',
    ]);
  });
});
