/** "will continue paying 25%" is "will continue to pay 25%": a rate that goes on, not one to come. */
import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2025-07-31') => sentenceRateLines(sentence, published);

describe('a rate that continues, told with a gerund', () => {
  it('is in force', () => {
    expect(rates('Peru will continue paying existing duties, including a 20% tariff on most goods.')).toEqual([
      'United States → Peru 20% current',
    ]);
    expect(rates('Chilean exporters will continue facing a 15% duty while talks go on.')).toEqual([
      'United States → Chile 15% current',
    ]);
  });
});
