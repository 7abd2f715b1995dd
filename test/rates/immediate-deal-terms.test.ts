import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A deal told as in force at once ("“Effective immediately, we agreed to a Trade Deal with Peru,” the
 * president posted.") before the sentence that gives its terms ("Under the deal, the US will cut its
 * tariff on Peruvian goods from 25% to 18%."): the terms are in force, the level they change from is
 * replaced. Without the immediate start the cut is still to come. Sentences written for this test.
 */
const TERMS = 'Under the deal, the US will cut its tariff on Peruvian goods from 25% to 18%.';

describe('the terms of a deal told as effective immediately', () => {
  it('are in force, and the level they change from is previous', () => {
    expect(
      articleRates(
        [
          'Copper exporters in Lima cheered.',
          `“Effective immediately, we agreed to a Trade Deal with Peru,” the president posted. ${TERMS}`,
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% previous', 'United States → Peru 18% current']);
  });

  it('answers /tariff peru with the new level', async () => {
    const { line } = await tariffPeru([
      'Copper exporters in Lima cheered.',
      `“Effective immediately, we agreed to a Trade Deal with Peru,” the president posted. ${TERMS}`,
    ]);
    expect(line).toMatch(/^\*\*18%\*\* on Peruvian goods · in force/u);
  });

  it('are still to come when the deal names no start', () => {
    expect(
      articleRates(
        ['Copper exporters in Lima cheered.', `The president said he agreed to a trade deal with Peru. ${TERMS}`],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% current', 'United States → Peru 18% scheduled']);
  });
});
