import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** A rate put off is paused, in whatever form the verb comes: the rate in force stays. */
describe('/tariff on a rate being put off', () => {
  it.each([
    'Trump signed an order on Friday delaying his planned 25% tariffs on Peruvian goods by a month.',
    'Trump is postponing the 25% tariffs on Peruvian goods until April.',
    'Trump is deferring the 25% tariffs on Peruvian goods until April.',
  ])('reads “%s” as paused', async (sentence) => {
    const { text, line } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      sentence,
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*25%\*\* · paused/);
  });
});
