import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A baseline told "on all imports" is the rate on all countries: the words say all, whatever
 * "baseline" says. One told "on nearly all imports" stays the rate on most countries. Sentences
 * written for these tests, asked through the console as a user asks.
 */
const COPPER = 'Peruvian copper already faces a 50% tariff.';

describe('/tariff and a baseline on all imports', () => {
  it('answers "a baseline 10 percent tariff on all imports" as the rate on all countries', async () => {
    const { line } = await tariffPeru([
      'Since April, Washington has charged a baseline 10 percent tariff on all imports, with higher levies for some partners.',
      COPPER,
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since <t:\d+:D>; the rate on all countries/);
  });

  it('keeps "a baseline 10% tariff on nearly all imports" the rate on most countries', async () => {
    const { line } = await tariffPeru([
      'Since April, Washington has charged a baseline 10% tariff on nearly all imports.',
      COPPER,
    ]);
    expect(line).toMatch(/; the rate on most countries/);
  });
});
