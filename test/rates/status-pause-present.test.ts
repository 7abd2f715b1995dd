/**
 * A change put off by a pause verb in the present or the -ing form ("the order suspends for one
 * year the scheduled increase … to 34%", "is delaying the increase"), as an order or a law is
 * described: the new level is paused and the old one stays in force. Sentences written for this test;
 * the class comes from real news of the rates-status lane's set (stop 41).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2025-11-11') => sentenceRateLines(sentence, published);

describe('a change put off by a pause verb in the present', () => {
  it('reads the new level as paused and the old one as in force', () => {
    expect(
      rates(
        'The U.S. executive order suspends for one year the scheduled increase in tariffs on Peruvian goods from 10% to 34%.',
      ),
    ).toEqual(['United States → Peru 10% current', 'United States → Peru 34% suspended']);
    expect(
      rates('The White House is postponing the increase in tariffs on Peruvian goods from 10% to 34% until June.'),
    ).toEqual(['United States → Peru 10% current', 'United States → Peru 34% suspended']);
  });
});

describe('/tariff on a change an order suspends', () => {
  it('shows the old level in force and the new one paused', async () => {
    const { text, line } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'The U.S. executive order suspends for one year the scheduled increase in tariffs on Peruvian goods from 10% to 34%.',
    ]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*34%\*\* · paused/);
  });
});
