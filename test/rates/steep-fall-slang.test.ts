import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A fall told in slang ("exports tanked 30%", "the index cratered 8%", "sales nosedived 12%") is a
 * move, as "fell 30%" is, not a rate (sentences written for this test; the class comes from a
 * history aside in economics news of the precision lane's set, stop 54).
 */
const FALL = "Peru's copper exports to the US tanked 30% after the 25% US tariff took hold.";

describe('a steep fall told in slang', () => {
  it('reads no rate from the fall, and keeps the tariff beside it', () => {
    expect(sentenceRateLines(FALL, '2026-09-01')).toEqual(['United States → Peru 25% current']);
    for (const verb of ['cratered', 'nosedived', 'crashed'])
      expect(sentenceRateLines(`Under the US tariff on Peru, its shipments ${verb} 12%.`, '2026-09-01')).toEqual([]);
  });

  it('never shows the fall in /tariff', async () => {
    const { text } = await tariffPeru([FALL]);
    expect(text).toContain('25%');
    expect(text).not.toContain('30%');
  });
});
