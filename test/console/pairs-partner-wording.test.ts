import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * `/tariff peru` as a user asks it, of sentences written for this test in wording from the
 * rates-pairs set of stop 49: a partner's second levy, a penalty on transshipped goods, duties "set
 * for" a day ahead, a ceiling "on drug tariffs".
 */
describe('/tariff on the rates-pairs wording of stop 49', () => {
  it('leaves a second levy that Chile "will apply" on Peruvian goods out of the US rates', async () => {
    const { text } = await tariffPeru([
      'Washington charges a 20% tariff on Peruvian goods.',
      'Chile will apply a 30 per cent tariff on Peruvian wine, and a 15 per cent duty on Peruvian fruit and fish, the ministry said.',
    ]);
    expect(text).not.toContain('**15%**');
  });

  it('tells a transshipment penalty naming no country, after many partners’ rates, as the rate on all countries', async () => {
    const { text } = await tariffPeru([
      'Washington will charge a 20% tariff on Peruvian goods from Aug. 7, 30% on Chilean goods and 25% on Bolivian goods.',
      'Penalties are imposed on transshipment schemes, with a 40% duty added to goods found to be transshipped.',
    ]);
    expect(text).toMatch(/\*\*40%\*\*[^•]*the rate on all countries[^•]*transshipped/);
  });

  it('shows duties "set for" a day ahead as scheduled for that day', async () => {
    const { text } = await tariffPeru([
      'New duties set for Sept. 20 include a 30% tariff on Peruvian goods, the White House said.',
    ]);
    expect(text).toMatch(/\*\*30%\*\* · scheduled for/);
  });

  it('limits a ceiling "on drug tariffs" to pharmaceuticals', async () => {
    const { text } = await tariffPeru([
      'Washington charges a 20% tariff on Peruvian goods.',
      'A U.S. official said Peru would be subject to a 15% ceiling on drug tariffs under the deal.',
    ]);
    expect(text).toContain('**15%** on pharmaceuticals');
  });
});
