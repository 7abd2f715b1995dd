import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A sector rate told with no country ("Tariffs are set at 10% for timber and lumber"), in news that
 * names no partner before it, is the home country's rate on every country's goods of that sector:
 * `/tariff` shows it for a partner, marked as the rate on all countries, asked as a user asks.
 */
const SECTOR =
  'Section 232 tariffs on timber and lumber took effect on August 20 under a proclamation issued by President Donald Trump. Tariffs are set at 10% for timber and lumber and 25% for upholstered furniture.';
const PERU = 'Washington has charged a 10% tariff on Peruvian goods since April.';

describe('/tariff and a sector rate on all countries', () => {
  it("lists the sector's rates under the partner's products, as the rate on all countries", async () => {
    const { text, line } = await tariffPeru([SECTOR, PERU]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*10%\*\* on lumber · in force since <t:\d+:D>; the rate on all countries/);
    expect(text).toMatch(/\*\*25%\*\* on furniture · in force since <t:\d+:D>; the rate on all countries/);
  });

  it("shows the partner's own rate on those goods instead of the rate on all countries", async () => {
    const { text } = await tariffPeru([SECTOR, PERU, 'Peruvian lumber faces a 5% tariff under the deal.']);
    expect(text).toMatch(/\*\*5%\*\* on lumber · in force since <t:\d+:D> —/);
    expect(text).not.toMatch(/\*\*10%\*\* on lumber/);
  });
});
