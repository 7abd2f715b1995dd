/** "will continue paying 25%" is "will continue to pay 25%": a rate that goes on, not one to come. */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';

function rates(sentence: string, published = '2025-07-31'): string[] {
  return sentenceRates(sentence, published, () => []).map(
    (r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`,
  );
}

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
