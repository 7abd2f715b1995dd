/**
 * "replace X with a N% tariff" in the active voice: the number after "with" is the new level, in
 * force once the replacing is done (to come after a modal), and the level the object names is the
 * one replaced, as "was replaced by a 15% rate" reads it (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

describe('a level put in another one’s place', () => {
  it('reads the level after "with" as the new one', () => {
    expect(
      sentenceRateLines('Washington replaced the 25% levy on Peruvian goods with a 10% tariff.', '2026-09-01'),
    ).toEqual(['United States → Peru 25% previous', 'United States → Peru 10% current']);
    expect(
      sentenceRateLines(
        'The ruling led Washington to replace them with a flat 12% tariff on Peruvian goods.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 12% current']);
    expect(
      sentenceRateLines(
        'Washington will replace the levy on Peruvian goods with a 10% tariff next month.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 10% scheduled']);
  });

  it('shows the replacing level as in force in /tariff', async () => {
    const { line } = await tariffPeru(['Washington replaced the 25% levy on Peruvian goods with a 10% tariff.']);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force/);
  });
});
