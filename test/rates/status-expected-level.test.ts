/** A level a subject is expected to face is a plan: to come when told in the present, once expected when told in the past. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2026-05-04') => sentenceRateLines(sentence, published);

describe('a level expected', () => {
  it('is still to come when told in the present', () => {
    expect(rates('Peruvian goods are expected to face a 30% tariff.')).toEqual(['United States → Peru 30% scheduled']);
    expect(rates('Chile is expected to be hit with a 20% levy.')).toEqual(['United States → Chile 20% scheduled']);
  });

  it('was only a plan when told in the past', () => {
    expect(rates('Last month, Peru was expected to be subject to a 30% tariff.')).toEqual([
      'United States → Peru 30% threatened',
    ]);
  });

  it('keeps a start its own words give', () => {
    expect(rates('Officials said Peruvian goods were set to face a 30% tariff from June 1.')).toEqual([
      'United States → Peru 30% scheduled',
    ]);
    expect(rates('Peruvian goods were expected to face a 30% tariff, which took effect on Monday.')).toEqual([
      'United States → Peru 30% current',
    ]);
  });

  it('is not shown in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', ['Peruvian goods face a 10% tariff in the United States.']],
      ['2026-09-01', ['Peruvian goods are expected to face a 30% tariff.']],
    ]);
    expect(line).toMatch(/\*\*10%\*\*/);
  });
});
