/**
 * "brings this tariff down to 15%": the change verb with its object between it and its particle.
 * A deal that does so in the present tells terms still to apply, as "the agreement cuts tariffs to
 * 15%" does. Sentences written for this test; the class comes from real news of the rates-status
 * lane's set (stop 45).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2026-09-01') => sentenceRateLines(sentence, published);

const DEAL = 'The new framework agreement brings this tariff down to 15% for Peruvian products, officials said.';

describe('a change verb split by its object', () => {
  it('reads a deal bringing a tariff down as terms to come', () => {
    expect(rates(DEAL)).toEqual(['United States → Peru 15% scheduled']);
  });

  it('reads one told in the past as done, the old level replaced', () => {
    expect(rates('In May, Washington brought its tariff on Peru down to 10% from 30%.')).toEqual([
      'United States → Peru 10% current',
      'United States → Peru 30% previous',
    ]);
  });
});

describe('/tariff on a deal bringing a tariff down', () => {
  it('keeps the rate in force and shows the deal rate as announced', async () => {
    const { line, text } = await tariffPeru(['Washington has charged a 39% tariff on Peru since August.', DEAL]);
    expect(line).toMatch(/^\*\*39%\*\* on Peruvian goods · in force/);
    expect(text).toMatch(/\*\*15%\*\* · announced/);
  });
});
