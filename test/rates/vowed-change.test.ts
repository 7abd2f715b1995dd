/**
 * A change someone vowed ("had vowed to raise tariffs on Peru to 50% unless …") is a threat of it,
 * not a level in force: sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const rates = (sentence: string) =>
  sentenceRates(sentence, '2026-08-20', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`);

describe('a vowed change', () => {
  it('reads the new level of a vowed rise as threatened', () => {
    expect(rates('Trump had vowed to raise tariffs on Peru to 50% unless Lima dropped the case.')).toEqual([
      'United States → Peru 50% threatened',
    ]);
    expect(rates('The president vowed on Friday to hike duties on Peruvian goods to 40%.')).toEqual([
      'United States → Peru 40% threatened',
    ]);
  });

  it('leaves the rate in force in /tariff when a later article tells the vow', async () => {
    const { line } = await tariffPeru([
      ['2026-07-01', ['Peruvian goods now face a 10% tariff in the United States.']],
      ['2026-08-20', ['Trump had vowed to raise tariffs on Peru to 50% unless Lima dropped the case.']],
    ]);
    expect(line).toMatch(/\*\*10%\*\*/);
  });
});
