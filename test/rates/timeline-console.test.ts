import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** `/tariff peru` through the console, as a user asks, of timelines stop 37's rules read (sentences written for this test). */
describe('/tariff on a part of a rate and on a pause', () => {
  it('keeps the level of the whole when a later article cuts only its additional part', async () => {
    const { line } = await tariffPeru([
      ['2026-08-01', ['Peruvian goods now face a 45% tariff in all in the United States.']],
      [
        '2026-08-20',
        ['Washington said it would cut its additional tariffs on Peruvian goods from 20% to 10%, effective August 25.'],
      ],
    ]);
    expect(line).toMatch(/\*\*45%\*\*/);
  });

  it('keeps the rate in force when the article pauses the one announced for a later day', async () => {
    const { line } = await tariffPeru([
      [
        '2026-07-30',
        [
          'Trump postponed the 30% tariff on Peru that was set to begin on Saturday.',
          'Peruvian goods still face a 20% tariff in the United States.',
          'Earlier this month, Trump announced that a 30% tariff would take effect on August 1.',
        ],
      ],
    ]);
    expect(line).toMatch(/\*\*20%\*\*/);
  });

  it('never shows as in force a level its own words give as paused', async () => {
    const { line } = await tariffPeru([
      'Peruvian goods will face a 20 percent tariff from October 1, down from the 46 percent that was paused in April.',
    ]);
    expect(line).not.toMatch(/\*\*46%\*\*/);
  });

  it('never shows as in force the total a level told in the past perfect brought about', async () => {
    const { line } = await tariffPeru([
      'That penalty had been added to a 10 percent tariff on Peru, bringing the total to 30 percent.',
    ]);
    expect(line).not.toMatch(/\*\*30%\*\*/);
  });

  it('shows a level a comparison names by the country it is imposed on as in force', async () => {
    const { line } = await tariffPeru([
      'The new rate on Chile was notably higher than the 15 percent levies imposed on Peru and Japan.',
    ]);
    expect(line).toMatch(/\*\*15%\*\*/);
  });

  it('shows the level a cut brought rates down "to just" as in force', async () => {
    const { line } = await tariffPeru([
      'Washington has slashed the tariff rate on most Peruvian goods from a hefty 40% to just 15%.',
    ]);
    expect(line).toMatch(/\*\*15%\*\*/);
  });

  it('never shows as in force a rate someone says he’d impose', async () => {
    const { line } = await tariffPeru(['Trump said he’d impose a 60% tariff on Peru.']);
    expect(line).not.toMatch(/\*\*60%\*\*/);
  });
});
