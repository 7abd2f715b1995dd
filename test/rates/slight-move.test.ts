import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A difference told with "just", "only" or "barely" before its number ("a 19% tariff, down just 1%
 * from the 20% threatened") is the size of a move, no rate, as "down 1%" is not. Sentences written
 * for this test.
 */
const CUT = 'The president said Peruvian goods would face a 19% tariff, down just 1% from the earlier threat of 20%.';

describe('a move whose size is told as slight', () => {
  it('reads no rate from the difference, and keeps the levels around it', () => {
    expect(sentenceRateLines(CUT, '2026-09-01')).toEqual([
      'United States → Peru 19% scheduled',
      'United States → Peru 20% threatened',
    ]);
  });

  it('still reads a rate "only" limits', () => {
    expect(sentenceRateLines('Washington will charge Peru only 15%.', '2026-09-01')).toEqual([
      'United States → Peru 15% scheduled',
    ]);
  });

  it('never shows the difference in /tariff', async () => {
    const { text } = await tariffPeru([CUT]);
    expect(text).toContain('**19%**');
    expect(text).not.toContain('**1%**');
  });
});
