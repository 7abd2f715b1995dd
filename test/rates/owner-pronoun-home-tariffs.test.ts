/**
 * A country named between a possessive pronoun and its owner's tariffs ("Peru reducing its U.S.
 * tariffs to 10 percent") is whose goods are taxed: the owner charges it, not the other way round.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('"its U.S. tariffs"', () => {
  it('are the subject country’s tariffs on American goods', () => {
    expect(sentenceRateLines('The deal includes Peru reducing its U.S. tariffs to 10 percent.', '2026-09-01')).toEqual([
      'Peru → United States 10% current',
    ]);
    expect(sentenceRateLines('Peru will keep its American duties at 25%.', '2026-09-01')).toEqual([
      'Peru → United States 25% current',
    ]);
  });

  it('are listed by /tariff under Peru charging the United States', async () => {
    const { text } = await tariffPeru(['The deal includes Peru reducing its U.S. tariffs to 10 percent.']);
    const [usOnPeru = '', peruOnUs = ''] = text.split('"title":"Peru → ');
    expect(usOnPeru).not.toMatch(/\*\*10%\*\*/);
    expect(peruOnUs).toMatch(/\*\*10%\*\*/);
  });
});
