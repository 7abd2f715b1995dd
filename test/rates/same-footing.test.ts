import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A clause that puts the partner "on the same footing as" others ("on an equal footing with",
 * "on a level footing with") names rivals the rate is measured against: they are no parties to
 * it, however the clause names them ("partners like Chile and Ecuador"); asked through the
 * console as a user asks.
 */
describe('countries a rate puts the partner on the same footing as', () => {
  it('gives the rivals no rate', () => {
    expect(
      articleRates(
        [
          'The bilateral agreement also limits any future tariffs on copper at 15%, ensuring Colombia is on the same footing as major Andean partners like Chile and Ecuador.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Colombia 15% hypothetical']);
    expect(
      articleRates(
        ['The deal caps tariffs on copper at 15%, leaving Colombia on an equal footing with Chile.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Colombia 15% current']);
  });

  it('answers /tariff for a rival with no rate', async () => {
    const { text } = await tariffPeru([
      'The deal caps tariffs on copper at 15%, leaving Colombia on an equal footing with Peru.',
    ]);
    expect(text).not.toMatch(/15%/);
  });
});
