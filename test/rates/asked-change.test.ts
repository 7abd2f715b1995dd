import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A change one party asks of another ("urged Washington to remove …", "wants Peru to cut … to
 * 10%") has not happened, and the party asked is the one that would make it; one it counts on
 * ("expects Lima to drop … by March") is to come. Asked through the console as a user asks.
 */
const IN_FORCE_10 = 'Washington has charged a 10% tariff on Peruvian goods since April.';

describe('/tariff on a change one party asks of another', () => {
  it('keeps the level a party is urged to remove in force', async () => {
    const { text } = await tariffPeru([
      IN_FORCE_10,
      'Peru urged Washington to remove the 25% tariff on Peruvian copper, the minister said.',
    ]);
    expect(text).toMatch(/\*\*25%\*\* on copper · in force/);
    expect(text).not.toMatch(/\*\*25%\*\* on copper · replaced/);
  });

  it('reads the level a party is asked to cut to as a proposal of that party, not a rate in force', async () => {
    const { text } = await tariffPeru([
      IN_FORCE_10,
      'The United States wants Peru to cut its tariffs on American farm goods to 10%.',
    ]);
    const [, away] = JSON.parse(text) as { title: string; description: string; fields?: { value: string }[] }[];
    expect(away?.title).toBe('Peru → United States');
    expect(JSON.stringify(away)).toMatch(/\*\*10%\*\* on farm goods · threatened/);
  });

  it('reads a cut a party is counted on to make "by March" as to come, made by that party', async () => {
    const { text } = await tariffPeru([
      IN_FORCE_10,
      'Washington expects Lima to drop its duties on American cars to 5% by March.',
    ]);
    const [, away] = JSON.parse(text) as { title: string }[];
    expect(away?.title).toBe('Peru → United States');
    expect(JSON.stringify(away)).toMatch(/\*\*5%\*\* on autos · (?:announced|scheduled)/);
  });
});
