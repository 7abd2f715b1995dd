/**
 * A level of zero shouted in capitals, as posts quoted in news write it ("Peru will cut its tariffs
 * on US goods to ZERO”), is the level "zero" is; "ZERO" as a word of its own is no rate. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a level of ZERO', () => {
  it('reads it as a rate of zero', () => {
    expect(sentenceRateLines('Peru will cut its tariffs on US goods to ZERO, Trump posted.', '2026-02-03')).toEqual([
      'Peru → United States 0% scheduled',
    ]);
    expect(
      sentenceRateLines('“Peru will cut its Tariffs on American goods to ZERO”, Trump wrote.', '2026-02-03'),
    ).toEqual(['Peru → United States 0% scheduled']);
  });

  it('is shown by /tariff as Peru’s level to come', async () => {
    const { text } = await tariffPeru(['Peru will cut its tariffs on US goods to ZERO, Trump posted.']);
    expect(text).toMatch(/Peru → United States[^\]]*\*\*0%\*\*/);
  });

  it('leaves "zero in on" alone', () => {
    expect(sentenceRateLines('Officials will ZERO in on the tariffs on Peru.', '2026-02-03')).toEqual([]);
  });
});
