/**
 * A rate announced in a sentence that goes on to tell another rate as imposed, and when: "announced a
 * tariff of 34% on Peru, which would come on top of 20% levies he imposed on the country earlier this
 * year". The words after the second number are its own: the 34% is news of a rate to come, not one
 * in force. Sentences written for this test; the class comes from real news of the rates-status
 * lane's set (stop 41).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2026-09-01') => sentenceRateLines(sentence, published);

const ANNOUNCED =
  'Trump last week announced a tariff of 34% on Peru, which would come on top of 20% levies he imposed on the country earlier this year.';

describe('a rate announced beside another told as imposed', () => {
  it('reads the announced rate as to come and the imposed one as in force', () => {
    expect(rates(ANNOUNCED)).toEqual(['United States → Peru 34% scheduled', 'United States → Peru 20% current']);
  });

  it('still reads an announcement told with its own past day as history', () => {
    expect(rates('In March, Washington announced a 34% tariff on Peruvian goods.')).toEqual([
      'United States → Peru 34% current',
    ]);
  });
});

describe('/tariff on a rate announced beside one imposed', () => {
  it('shows the imposed rate in force, not the announced one or their sum', async () => {
    const { text, line } = await tariffPeru([ANNOUNCED]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force/);
    expect(text).toMatch(/\*\*34%\*\* · announced/);
  });
});
