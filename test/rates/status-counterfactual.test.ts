import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A rate told as what would be without something now in place ("Without the trade programme, …
 * would face 31%"), asked through the console as a user asks (`/tariff peru`), on sentences written
 * for this test. The class comes from real news of the rates-status lane's set (stop 33).
 */
const IN_FORCE_10 = 'Washington has charged a 10% tariff on Peruvian goods since April.';

describe('/tariff on a rate that would hold without something in place', () => {
  it('reads "Without the trade programme, … would face 31%" as a what-if, not a rate to come', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'Without the trade preference programme, Peruvian textiles would face a 31% tariff, which would wipe out the industry.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*31%\*\* on textiles · conditional/);
  });

  it('reads the rates listed after the clause of "would" alike ("…, such as 16 percent duties …, totaling 26 percent")', async () => {
    const { text, line } = await tariffPeru([
      IN_FORCE_10,
      'Without the waiver, Peruvian exports would face ordinary duties, such as 16 percent duties on cotton goods, plus the 10 percent tariff, totaling 26 percent.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    // The rate an example word introduces is on its own goods ("16 percent duties on cotton goods").
    expect(text).toMatch(/\*\*16%\*\*(?: on [^·*]+)? · conditional/);
    expect(text).toMatch(/\*\*26%\*\*(?: on [^·*]+)? · conditional/);
  });

  it('still reads a deal that is missing as a threat ("Without a deal, … would face 40%")', async () => {
    const { text } = await tariffPeru([IN_FORCE_10, 'Without a deal, Peruvian goods would face a 40% tariff.']);
    expect(text).toMatch(/\*\*40%\*\* · threatened/);
  });
});
