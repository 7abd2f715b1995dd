import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * Status wording the rates-status lane taught the extractor in stop 48, asked through the console as
 * a user asks (`/tariff peru` on one article of sentences we wrote): a threat an adverb dates, a
 * pause beside "kept changing", and the level of a window counted from now.
 */
describe('/tariff on threats, pauses and windows', () => {
  it('lists a threat "had earlier threatened" tells as what may change, beside the rate in force', async () => {
    const { text } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'Washington had earlier threatened a 50% tariff on Peruvian goods.',
    ]);
    expect(text).toMatch(/\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*50%\*\* · threatened/);
  });

  it('reads a postponed rate as paused though a clause after it "kept changing"', async () => {
    const { text } = await tariffPeru([
      'In April Trump postponed a 20% tariff on Peru which was part of a run of levies that kept changing.',
    ]);
    expect(text).toMatch(/\*\*20%\*\* · paused/);
    expect(text).not.toMatch(/in force since/);
  });

  it('answers with the level "for the next 90 days" as the rate in force', async () => {
    const { text } = await tariffPeru([
      'Officials said the tariff rate on Peruvian goods for the next 90 days will be 10%.',
    ]);
    expect(text).toMatch(/\*\*10%\*\* on Peruvian goods · in force since/);
  });
});
