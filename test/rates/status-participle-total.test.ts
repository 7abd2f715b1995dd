/**
 * A participle after a comma with an object of its own (", raising the total to 50%") tells what the
 * main clause's act did: the part added before it is no old level of a change.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2025-08-08') => sentenceRateLines(sentence, published);

describe('a part added, then a participle telling the total', () => {
  it('keeps the part in force with the total', () => {
    expect(rates('Washington imposed an additional 25% tariff on Peru on Tuesday, raising the total to 40%.')).toEqual([
      'United States → Peru 25% current',
      'United States → Peru 40% current',
    ]);
    expect(
      rates(
        'The president signed an order imposing a further 20 percent duty on Chile, doubling tariffs to 40 percent.',
      ),
    ).toEqual(['United States → Chile 20% current', 'United States → Chile 40% current']);
  });

  it('still reads a rate that is itself the subject of a change', () => {
    expect(rates("Peru's rate, set at 30% in April, was lowered to 15% last month.")).toEqual([
      'United States → Peru 30% previous',
      'United States → Peru 15% current',
    ]);
  });
});
