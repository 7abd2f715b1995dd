import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** A rate on goods a word selects ("selected goods") or on upholstered products is no country's general rate. */
const EARLIER: [string, string[]] = [
  '2026-08-01',
  ['Washington has charged a 19% tariff on Peruvian goods since April.'],
];

describe('/tariff on goods limited by a quantifier', () => {
  it('keeps the general rate when a later rate covers only "selected" goods or upholstered products', async () => {
    for (const sentence of [
      'The president approved a 0% tariff scheme for selected goods from Peru.',
      'The order sets a 25% tariff on imports of certain upholstered wooden products from Peru.',
    ]) {
      const { text } = await tariffPeru([EARLIER, ['2026-09-01', [sentence]]]);
      expect(text).toMatch(/\*\*19%\*\* on Peruvian goods · in force since/);
      expect(text).not.toMatch(/\*\*(?:0|25)%\*\* on Peruvian goods/);
    }
  });

  it('still reads a rate on goods "with selected products excluded", or on "some" goods, as general', async () => {
    for (const sentence of [
      'Since Friday, Peruvian goods have faced a flat 15% tariff, with selected products excluded.',
      'Since Friday, a 15% tariff has been charged on some Peruvian goods.',
    ])
      expect((await tariffPeru([sentence])).text).toMatch(/\*\*15%\*\* on Peruvian goods · in force since/);
  });
});
