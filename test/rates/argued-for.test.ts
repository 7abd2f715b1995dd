/**
 * A level one side argued for in talks: "Peru argued for a 10% tariff on its goods". A proposal,
 * as "pushed for" and "sought" are, not a rate in force; and it stays inside its clause, the other
 * side's rate after "but" keeping its own reading. Sentences written for this test; the class
 * comes from the rates-status lane's brief (stop 45).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2026-09-01') => sentenceRateLines(sentence, published);

const ARGUED = 'Peru had argued for a 10% tariff, but Washington imposed a 15% tariff on Peruvian goods.';

describe('a level argued for', () => {
  it('reads it as proposed, and the rate after "but" as in force', () => {
    expect(rates('Peru argued for a 10% tariff on its goods.')).toEqual(['United States → Peru 10% threatened']);
    expect(rates(ARGUED)).toEqual(['United States → Peru 10% threatened', 'United States → Peru 15% current']);
  });
});

describe('/tariff on a level argued for', () => {
  it('shows the level argued for as threatened, not in force', async () => {
    const { line, text } = await tariffPeru(['Peru argued for a 10% tariff on its goods.']);
    expect(line).not.toMatch(/in force/);
    expect(text).toMatch(/\*\*10%\*\* · threatened/);
  });
});
