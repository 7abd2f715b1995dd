import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A change's new level with a time still to come right after it ("rising to 35% next year", "to
 * 30% in the new year") starts then: scheduled, however the verb is told. Written for this test;
 * asked through the console as a user asks.
 */
describe('a new level with a later time after it', () => {
  const story = ['Peruvian goods now face a 20% tariff, with the rate rising to 35% next year, officials said.'];

  it('is scheduled, the level before it in force', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 20% current',
      'United States → Peru 35% scheduled',
    ]);
  });

  it('reads the new year and a later year written out so too, not an earlier one or a past verb', () => {
    expect(articleRates(['Duties on Peru are climbing to 25% in the new year.'], '2026-09-01')).toEqual([
      'United States → Peru 25% scheduled',
    ]);
    expect(articleRates(['Duties on Peru climbed to 25% in the new year.'], '2026-09-01')).toEqual([
      'United States → Peru 25% current',
    ]);
    expect(articleRates(['Duties on Peru are rising to 25% in 2027.'], '2026-09-01')).toEqual([
      'United States → Peru 25% scheduled',
    ]);
    expect(articleRates(['Duties on Peru rose to 25% in 2025.'], '2026-09-01')).toEqual([
      'United States → Peru 25% current',
    ]);
  });

  it('answers /tariff peru with the rate in force and the one to come', async () => {
    const { line, text } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods/);
    expect(text).toMatch(/35%/);
  });
});
