import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * Status wording the rates-status lane taught the extractor in stop 30, asked through the console as
 * a user asks (`/tariff peru` on one article of sentences we wrote): how each rate reads, as the
 * reply's history lists it.
 */
describe('/tariff on status wording', () => {
  it('reads a rate that "will continue to be" charged, or is held "at" a level, as in force', async () => {
    for (const sentence of [
      'Peruvian goods will continue to be subject to a 30% tariff, officials said.',
      'The administration will hold its levy on Peruvian imports at 30%, officials said.',
    ])
      expect((await tariffPeru([sentence])).text).toMatch(/\*\*30%\*\* on Peruvian goods · in force since/);
  });

  it('reads a rate a ruling "nullified" as ended', async () => {
    const { text } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'The court ruling immediately nullified the 25% tariff on Peruvian goods.',
    ]);
    expect(text).toMatch(/\*\*25%\*\* · replaced/);
    expect(text).toMatch(/\*\*10%\*\* on Peruvian goods · in force since/);
  });

  it('keeps the old level while a party "is still waiting on" the order that lowers it', async () => {
    const { text } = await tariffPeru([
      'Lima is still waiting on an executive order covering its deal, including a 15% tariff on Peruvian goods, down from 25%.',
    ]);
    expect(text).toMatch(/\*\*25%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*15%\*\* · (?:scheduled|announced)/);
  });

  it('reads "’ll" as "will": the rate it tells is to come', async () => {
    const { text } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'Officials said Washington’ll raise the tariff on Peruvian goods to 40%.',
    ]);
    expect(text).toMatch(/\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*40%\*\* · (?:scheduled|announced)/);
  });
});
