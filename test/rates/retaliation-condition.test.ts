import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "An additional 35% tariff will be imposed should Peru retaliate": the country whose retaliation a
 * rate is threatened for ("if Peru retaliates", "should Peru hit back") is the one it would be
 * charged on, not the one imposing it. Written for this test; asked through the console as a user asks.
 */
describe('a rate threatened should a partner retaliate', () => {
  const story = ['The letter warns that an additional 35% tariff will be imposed should Peru retaliate.'];

  it('gives the rate to the partner that would retaliate', () => {
    expect(articleRates(story, '2026-09-01')).toEqual(['United States → Peru 35% threatened']);
    expect(
      articleRates(['Peru said it would impose a 20% tariff if the United States retaliates.'], '2026-09-01'),
    ).toEqual(['Peru → United States 20% threatened']);
  });

  it('answers /tariff peru with the threatened rate on Peruvian goods', async () => {
    const { text } = await tariffPeru(story);
    // The first embed is the United States' rates on Peru; the second, Peru's on the United States.
    const [onPeru, byPeru] = JSON.parse(text) as { fields?: { value: string }[] }[];
    expect(JSON.stringify(onPeru?.fields)).toMatch(/\*\*35%\*\* · threatened/);
    expect(JSON.stringify(byPeru?.fields ?? [])).not.toMatch(/35%/);
  });
});
