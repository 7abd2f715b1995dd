/** The rate a plan would change is the one in force: sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a rate named as the object of a change to come', () => {
  it('is the rate in force', () => {
    expect(sentenceRateLines('The US plans to raise the 10% tariff on Peruvian goods.', '2026-05-04')).toEqual([
      'United States → Peru 10% current',
    ]);
    expect(
      sentenceRateLines('The US said it had no intention to raise the 10% tariff on Peruvian goods.', '2026-05-04'),
    ).toEqual(['United States → Peru 10% current']);
  });

  it('keeps the new level to come', () => {
    expect(
      sentenceRateLines('Washington will cut the 25% tariff on Peruvian goods to 15% next month.', '2026-05-04'),
    ).toEqual(['United States → Peru 25% current', 'United States → Peru 15% scheduled']);
  });

  it('is shown in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-01', ['The United States charges 40% on Peruvian goods.']],
      ['2026-09-01', ['The president plans to raise the 10% tariff on Peruvian goods, officials said.']],
    ]);
    expect(line).toMatch(/\*\*10%\*\*/);
  });
});
