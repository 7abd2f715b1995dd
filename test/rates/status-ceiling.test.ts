import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A ceiling a deal puts on tariffs not yet set ("limits any future tariffs on chips to 15%"), asked
 * through the console as a user asks (`/tariff peru`), on sentences written for this test. The class
 * comes from real news of the rates-status lane's set (stop 33).
 */
const IN_FORCE_10 = 'Washington has charged a 10% tariff on Peruvian goods since April.';

describe('/tariff on a ceiling for tariffs still to come', () => {
  it('reads "limits any future U.S. tariffs on Peruvian copper to 15 percent" as a what-if, not a rate in force', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      "The agreement also limits any future U.S. tariffs on Peruvian copper to 15 percent, aligning Lima's treatment with that of Chile.",
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*15%\*\* on copper · conditional/);
  });

  it('reads "should they be subjected to tariffs in the future, … will not exceed 15%" alike', async () => {
    const { text } = await tariffPeru([
      IN_FORCE_10,
      'Lima said that, should its copper be subjected to tariffs in the future, Washington committed that the rate will not exceed 15%.',
    ]);
    expect(text).toMatch(/\*\*15%\*\*[^"]* · conditional/);
  });

  it('still reads a cap on the tariff charged now as a rate ("The deal caps the tariff … at 15%")', async () => {
    const { text } = await tariffPeru([IN_FORCE_10, 'The deal caps the tariff on Peruvian goods at 15%.']);
    expect(text).not.toMatch(/\*\*15%\*\*[^"]* · conditional/);
  });
});
