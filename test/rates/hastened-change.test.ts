import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A change one party asks another to hurry ("pressing Washington to expedite the reduction of …",
 * "urged it to speed up the removal of …") is still a change asked for: the level it would end
 * stays in force, the one it would set is a proposal. Sentences written for this test; the class
 * comes from real news of the rates-status lane's set, stop 51.
 */
describe('a change a party is asked to hurry', () => {
  it('keeps the level to be removed in force', () => {
    expect(
      sentenceRateLines(
        'Peru is pressing Washington to speed up the removal of the 25% tariff on Peruvian copper.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% current']);
  });

  it('reads the new level as proposed, the old one in force', () => {
    expect(
      sentenceRateLines(
        'Peru is pressing Washington to expedite the reduction of its 25% tariff on Peruvian copper to 10%.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% current', 'United States → Peru 10% threatened']);
  });

  it('answers /tariff with the level in force, not replaced', async () => {
    const { text } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'Peru is pressing Washington to expedite the reduction of its 25% tariff on Peruvian copper to 10%.',
    ]);
    expect(text).toMatch(/\*\*25%\*\* on copper · in force/);
    expect(text).not.toMatch(/\*\*25%\*\* on copper · replaced/);
  });
});
