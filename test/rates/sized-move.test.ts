import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A move told with a word on its size before the number ("shipments fell a staggering 40%", "trade
 * dropped a whopping 65%") is no rate, as "fell 40%" is not (sentences written for this test; the
 * class comes from economics news of the precision lane's set, stop 54).
 */
const MOVE = 'After the 25% US tariff on Peru took hold, Peruvian copper shipments fell a staggering 40%.';

describe('a move with a word on its size', () => {
  it('reads no rate from the move, and keeps the tariff beside it', () => {
    expect(sentenceRateLines(MOVE, '2026-09-01')).toEqual(['United States → Peru 25% current']);
    expect(
      sentenceRateLines('Under the US tariff on Peru, exports to America dropped a whopping 65%.', '2026-09-01'),
    ).toEqual([]);
  });

  it('still reads a rate the size word describes', () => {
    expect(sentenceRateLines('Washington slapped a whopping 45% tariff on Peru.', '2026-09-01')).toEqual([
      'United States → Peru 45% current',
    ]);
  });

  it('never shows the move in /tariff', async () => {
    const { text } = await tariffPeru([MOVE]);
    expect(text).toContain('25%');
    expect(text).not.toContain('40%');
  });
});
