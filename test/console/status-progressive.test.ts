import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A change of level told in the progressive ("he was raising", "I am increasing"), asked through the
 * console as a user asks (`/tariff peru` on one article of sentences we wrote): news of a change
 * announced, so the old level holds and the new one is to come.
 */
describe('/tariff on a change told in the progressive', () => {
  it('keeps the old level in force when the president "was raising" it', async () => {
    const { text } = await tariffPeru([
      'The president said on Monday that he was raising tariffs on Peruvian goods, including copper, from 10% to 25%.',
    ]);
    expect(text).toMatch(/\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*25%\*\* · (?:scheduled|announced)/);
  });

  it('reads "I am increasing the tariff by 10%" as announced, not in force', async () => {
    const { text } = await tariffPeru([
      'Washington has charged a 20% tariff on Peruvian goods since April.',
      '“I am increasing the tariff on Peru by 10% over and above what they are paying now,” the president wrote.',
    ]);
    expect(text).toMatch(/\*\*20%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*10%\*\* · (?:scheduled|announced)/);
  });
});
