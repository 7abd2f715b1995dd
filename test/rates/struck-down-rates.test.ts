import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate that a court "struck down" ("struck down 25% duties on Chilean and Peruvian goods and a 10%
 * tariff on Bolivian goods") is a rate on those partners, not a fall of 25%: "down" belongs to the
 * verb, whose object the rate is (sentences written for this test; the class comes from real news
 * the status lane labelled, stop 57).
 */
const RULING =
  'The court also struck down 25% duties on Chilean and Peruvian goods and a 10% tariff on Bolivian goods.';

describe('a rate struck down', () => {
  it('is the rate on the partners it names, each rate on its own', () => {
    expect(articleRates([RULING], '2026-08-01')).toEqual([
      'United States → Chile 25% previous',
      'United States → Peru 25% previous',
      'United States → Bolivia 10% previous',
    ]);
  });

  it('keeps a fall by a percentage no rate', () => {
    expect(articleRates(['Peruvian exports to the US were down 25% after the tariff took effect.'])).toEqual([]);
  });

  it('answers /tariff peru with the rate struck down, not the other partner’s', async () => {
    const { text } = await tariffPeru([RULING]);
    expect(text).toMatch(/25%/);
    expect(text).not.toMatch(/\b10%/);
  });
});
