import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * Every form of a verb of steep rise tells the same change: "the tariff jumps (soars, surges,
 * triples) from 10% to 25%" sets 25% as "jumped" does. Sentences written for this test.
 */
describe('a change told by "jumps", "soars", "surges" or "triples"', () => {
  it.each(['jumps', 'soars', 'surges', 'triples'])('reads "%s from 10% to 25%" as the new level in force', (verb) => {
    expect(articleRates([`The US tariff on Peruvian goods ${verb} from 10% to 25%.`], '2026-09-01')).toEqual([
      'United States → Peru 10% previous',
      'United States → Peru 25% current',
    ]);
  });

  it('answers /tariff peru with the new level', async () => {
    const { line } = await tariffPeru(['The US tariff on Peruvian goods jumps from 10% to 25%.']);
    expect(line).toMatch(/^\*\*25%\*\*/);
  });
});
