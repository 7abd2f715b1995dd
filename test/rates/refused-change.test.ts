import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A change someone refuses to make ("Washington's refusal to lift the 20% tariff", "declined to cut
 * the 30% duty") leaves the level in force, as a change only sought does (sentences written for this
 * test; the class comes from real news of the rates-status lane's set, stop 38).
 */
describe('a level a refused change would end', () => {
  it('stays in force after "refusal to lift" and "declined to cut"', () => {
    expect(
      articleRates([
        "Analysts said Washington's refusal to lift the 20% tariff on Peruvian goods shows both sides can wait.",
        'Officials declined to cut the 30% duty on Chilean copper.',
      ]),
    ).toEqual(['United States → Peru 20% current', 'United States → Chile 30% current']);
  });

  it('answers /tariff with the level the refusal keeps', async () => {
    const { line } = await tariffPeru([
      "Analysts said Washington's refusal to lift the 20% tariff on Peruvian goods shows both sides can wait.",
    ]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods/);
  });
});
