import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * An agreement to set a level ("both sides agreed to set the rate at 12%", "agreed to cap the tariff
 * at 12%") is a deal's term, a rate to come, as a pledge to set one is; a level agreed to be kept where
 * it is stays in force (sentences written for this test; the class comes from real news of the
 * status36 lane's set, stop 54).
 */
describe('an agreement to set a level', () => {
  it('is a rate to come', () => {
    expect(articleRates(['Washington and Lima agreed to set the tariff on Peruvian goods at 12 percent.'])).toEqual([
      'United States → Peru 12% scheduled',
    ]);
    expect(articleRates(['Both sides agreed to cap the tariff on Chilean goods at 12%.'])).toEqual([
      'United States → Chile 12% scheduled',
    ]);
  });

  it('keeps a level agreed to be kept in force', () => {
    expect(articleRates(['Both sides agreed to keep the tariff on Chilean goods at 12%.'])).toEqual([
      'United States → Chile 12% current',
    ]);
  });

  it('answers /tariff with the level in force until the agreed one starts', async () => {
    const { text, line } = await tariffPeru([
      'Peruvian goods face a 30% tariff.',
      'On Monday, both sides agreed to set the tariff on Peruvian goods at 12%.',
    ]);
    expect(line).toMatch(/^\*\*30%\*\*/);
    expect(text).toMatch(/\*\*12%\*\*[^"]*· announced/);
  });
});
