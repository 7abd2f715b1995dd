import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "have rates around 15% unless special deals apply": deals already made are an exception to a rate
 * in force, not the condition of a threat ("face 35% if deals are not struck" is one). Sentences
 * written for this test.
 */
describe('a rate "unless special deals apply"', () => {
  it('stays in force, and so does the rate of the clause after it', () => {
    expect(
      articleRates(
        [
          'Peru and Chile have rates around 15 percent unless special deals apply, while Bolivia faces a 35 percent tariff.',
        ],
        '2026-09-01',
      ),
    ).toEqual([
      'United States → Peru 15% current',
      'United States → Chile 15% current',
      'United States → Bolivia 35% current',
    ]);
  });

  it('leaves a deal still to strike a threat', () => {
    expect(articleRates(['Peru faces a 35% tariff if deals are not struck by Friday.'], '2026-09-01')).toEqual([
      'United States → Peru 35% threatened',
    ]);
  });

  it('/tariff peru shows the 15% in force', async () => {
    const { line } = await tariffPeru([
      'Peru and Chile have rates around 15 percent unless special deals apply, while Bolivia faces a 35 percent tariff.',
    ]);
    expect(line).toMatch(/^\*\*about 15%\*\* on Peruvian goods · in force/);
  });
});
