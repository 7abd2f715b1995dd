import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A level whose own clause ends in an adverb of an earlier time ("down from 20% before", "from 20%
 * previously") or in "before" and what came since ("rose to 50% before the recent change") held
 * until then and holds no more; one told in the present before an event to come ("faces 30% before
 * the truce expires") still holds. Asked through the console as a user asks.
 */
const IN_FORCE_10 = 'Washington has charged a 10% tariff on Peruvian goods since April.';

describe('/tariff on a level told as what held before', () => {
  it('reads "down from 20% before" as replaced, not in force', async () => {
    const { text } = await tariffPeru([
      IN_FORCE_10,
      'The US tariff on Peruvian copper will now be 15%, down from 20% before.',
    ]);
    expect(text).toMatch(/\*\*20%\*\* on copper · replaced/);
    expect(text).not.toMatch(/\*\*20%\*\* on copper · in force/);
  });

  it('reads "from 20% previously" as replaced, not in force', async () => {
    const { text } = await tariffPeru([
      IN_FORCE_10,
      'Peruvian copper exporters now face a 15% US tariff, from levies totalling 20% previously, following the deal.',
    ]);
    expect(text).toMatch(/\*\*20%\*\* · replaced/);
    expect(text).not.toMatch(/\*\*20%\*\*[^*]*· in force/);
  });

  it('reads a level reached "before the recent change" as replaced', async () => {
    const { text } = await tariffPeru([
      IN_FORCE_10,
      'The US tariff on Peruvian coffee rose to 50% before the recent change, officials in Lima said.',
    ]);
    expect(text).toMatch(/\*\*50%\*\* · replaced/);
    expect(text).not.toMatch(/\*\*50%\*\* · in force/);
  });

  it('keeps a level told in the present before an event still to come in force', async () => {
    const { text } = await tariffPeru([IN_FORCE_10, 'Peruvian fish faces a 30% US tariff before the truce expires.']);
    expect(text).toMatch(/\*\*30%\*\* · in force/);
  });
});
