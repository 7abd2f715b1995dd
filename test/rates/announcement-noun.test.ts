import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate told as the object of an announcement noun ("This follows the president's announcement of
 * a 25% levy on Peruvian copper") is announced, as with the verb: scheduled, not in force, unless
 * its sentence says it started. Sentences written for this test.
 */
describe('a rate an announcement names', () => {
  it('is scheduled', () => {
    expect(
      articleRates(["This follows the president's announcement of a 25% levy on all Peruvian goods."], '2026-09-01'),
    ).toEqual(['United States → Peru 25% scheduled']);
  });

  it('is in force when its sentence says it started', () => {
    expect(
      articleRates(
        ["The president's announcement of a 25% levy on Peruvian goods, which took effect in March, hurt exporters."],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% current']);
  });

  it('/tariff peru shows no 25% in force', async () => {
    const { line } = await tariffPeru([
      "This follows the president's announcement of a 25% levy on all Peruvian goods.",
    ]);
    expect(line).not.toMatch(/^\*\*25%\*\* on Peruvian goods · in force/);
  });
});
