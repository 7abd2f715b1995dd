/**
 * "The accord aims to avert a 30% tariff … set to impose … starting August 1": a rate a deal told
 * of is there to stop was only a threat, though it had a start; a deal only hoped for decides
 * nothing, and a rate braced for keeps its start. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string) => sentenceRateLines(sentence, '2026-09-01');

describe('a rate the deal averts', () => {
  it('was only a threat, whatever start it had', () => {
    expect(
      rates(
        'The accord aims to avert a sweeping 30% tariff the United States was set to impose on Peru starting October 1.',
      ),
    ).toEqual(['United States → Peru 30% threatened']);
    expect(
      rates(
        'The trade agreement is meant to avoid the 30% tariff on Peruvian goods that was due to start on October 1.',
      ),
    ).toEqual(['United States → Peru 30% threatened']);
  });

  it('is still to come when the deal is only hoped for, or the rate braced for', () => {
    expect(rates('Lima hopes a deal will avert the 30% tariff on Peru that kicks in on October 1.')).toEqual([
      'United States → Peru 30% scheduled',
    ]);
    expect(rates('Peruvian exporters are bracing for the 30% tariff that kicks in on October 1.')).toEqual([
      'United States → Peru 30% scheduled',
    ]);
  });

  it('is not listed in /tariff as scheduled', async () => {
    const { text } = await tariffPeru([
      'Peruvian goods face a 10% tariff in the United States.',
      'The accord aims to avert a sweeping 30% tariff the United States was set to impose on Peru starting October 1.',
    ]);
    expect(text).not.toMatch(/\*\*30%\*\* · scheduled/);
  });
});
