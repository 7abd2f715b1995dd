import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/**
 * A country that raises its own tariffs with "just", a relative clause or an apposition with no
 * number between it and the verb ("China, whose markets are crashing, just raised its tariffs by
 * 34%", "Canada, the biggest supplier of steel to the US, announced 25% …") is the one that imposes
 * them. Sentences written for this test.
 */
describe('a subject that imposes past an adverb or a relative clause', () => {
  it.each([
    ['Peru just raised its tariffs to 30%.', 'Peru → United States 30% current'],
    ['Peru, whose markets are crashing, just raised its tariffs by 30%.', 'Peru → United States 30% current'],
    ['Peru, which the US hit hard, imposed a 30% tariff.', 'Peru → United States 30% current'],
    [
      'Peru, the largest supplier of copper to the United States, imposed 30% retaliatory tariffs on those goods.',
      'Peru → United States 30% current',
    ],
    ['Peru, a big steel maker, imposed 30% retaliatory tariffs on steel.', 'Peru → United States 30% current'],
  ])('%s', (sentence, line) => {
    expect(sentenceRateLines(sentence, '2026-09-01')).toEqual([line]);
  });

  it('keeps a number inside the relative clause the rate charged on the subject', () => {
    expect(sentenceRateLines('Peru, which faces a 30% US tariff, imposed 10% on US goods.', '2026-09-01')).toEqual([
      'United States → Peru 30% current',
      'Peru → United States 10% current',
    ]);
  });

  it('/tariff peru shows a rate after an apposition as Peru’s own', async () => {
    const { text, line } = await tariffPeru([
      'Peru, the largest supplier of copper to the United States, imposed 30% retaliatory tariffs on those goods.',
    ]);
    expect(line).not.toContain('30%');
    expect(text).toMatch(/"title":"Peru → United States"[^}]*\*\*30%\*\*/);
  });

  it('/tariff peru shows the 30% as Peru’s own, not as the US rate on Peru', async () => {
    const { text, line } = await tariffPeru(['Peru, whose exports are slumping, just raised its tariffs by 30%.']);
    expect(line).not.toContain('30%');
    expect(text).toMatch(/"title":"Peru → United States"[^}]*\*\*30%\*\*/);
  });
});
