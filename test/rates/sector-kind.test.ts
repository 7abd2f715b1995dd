import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A rate told with no country whose object names goods of a kind ("a 10% tariff on buses"), whether
 * or not the product list knows the word, is a sector rate on all countries, not the baseline a
 * partner with no rate of its own falls back on. Sentences written for these tests, asked as a user asks.
 */
const PERU = 'Washington has charged a 15% tariff on Peruvian goods since April.';

describe('/tariff and a rate on goods of a kind, told with no country', () => {
  it('keeps "10% tariffs on imports of buses" out of the general rate a partner falls back on', async () => {
    const { line } = await tariffPeru([
      'The president signed a proclamation introducing 25% tariffs on imports of medium and heavy trucks, and 10% tariffs on imports of buses.',
      'Peruvian copper already faces a 50% tariff.',
    ]);
    expect(line).not.toMatch(/\*\*10%\*\*/);
  });

  it('lists "a 10% tariff on buses" as the rate on all countries on those goods', async () => {
    const { text, line } = await tariffPeru([
      'A proclamation set a 25% tariff on heavy trucks and a 10% tariff on buses, which took effect on August 20.',
      PERU,
    ]);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*10%\*\* on buses · in force since <t:\d+:D>; the rate on all countries/);
  });
});
