import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** A level something kept a rate from reaching never held. */
describe('/tariff on a level a rate was kept from reaching', () => {
  it('keeps the rate in force, not the level the truce "prevented" it from jumping to', async () => {
    const { text } = await tariffPeru([
      ['2026-08-03', ['Washington has charged a 30% tariff on Peruvian goods since April.']],
      ['2026-09-01', ['The truce prevented US tariffs on Peruvian goods from jumping to 90% this week.']],
    ]);
    expect(text).toMatch(/\*\*30%\*\* on Peruvian goods · in force since/);
    expect(text).not.toMatch(/\*\*90%\*\* on Peruvian goods/);
  });
});
