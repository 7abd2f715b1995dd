import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/** "Peru is the only country exempt from the 50% tariff": spared, as "Peru is exempt" is (sentences written for this test). */
describe('the only country exempt from a rate', () => {
  it('is not shown paying it by /tariff', async () => {
    const { text } = await tariffPeru([
      'Peru is the only country exempt from the 50% tariff on steel, paying 25% instead.',
    ]);
    expect(text).toContain('**25%**');
    expect(text).not.toContain('**50%**');
  });

  it('reads "one of the few countries exempt" so too', () => {
    expect(
      sentenceRateLines('Peru is one of the few countries exempt from the 50% tariff on steel.', '2026-09-01'),
    ).toEqual([]);
  });
});
