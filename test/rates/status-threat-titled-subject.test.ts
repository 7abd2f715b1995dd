/** A rate a titled subject threatened, told in a reduced relative clause, is a threat however long the title. */
import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2025-07-14') => sentenceRateLines(sentence, published);

describe('a threat with a titled subject after the rate', () => {
  it('is a threat', () => {
    expect(
      rates(
        'Lima has protested the 40% tariff rate US President Donald Trump threatened to impose on Peru on August 1.',
      ),
    ).toEqual(['United States → Peru 40% threatened']);
    expect(
      rates('Exporters fear the 35% duty U.S. Commerce Secretary Howard Lutnick floated for Chilean copper.'),
    ).toEqual(['United States → Chile 35% threatened']);
  });

  it('leaves a rate whose clause goes on to other news as it was', () => {
    expect(rates('The 25% tariff on Peruvian steel hit local mills hard last year.', '2026-01-10')).toEqual([
      'United States → Peru 25% current',
    ]);
  });
});
