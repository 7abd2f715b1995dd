/** "the incoming 34% rate", "an impending 25% levy": an adjective of arrival at the number tells a rate still to start. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2026-05-04') => sentenceRateLines(sentence, published);

describe('a rate with an adjective of arrival', () => {
  it('is still to start', () => {
    expect(rates('With the incoming 30 percent rate on Peru, importers rushed orders through customs.')).toEqual([
      'United States → Peru 30% scheduled',
    ]);
    expect(rates('The impending 25% levy on Chilean copper is a blow to miners.')).toEqual([
      'United States → Chile 25% scheduled',
    ]);
  });

  it('keeps what its own verb says and leaves other incoming things alone', () => {
    expect(rates('The incoming 30% tariff on Peru was paused on Wednesday.')).toEqual([
      'United States → Peru 30% suspended',
    ]);
    expect(rates('Incoming Peruvian goods face a 30% tariff.')).toEqual(['United States → Peru 30% current']);
  });

  it('is not shown in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', ['Peruvian goods face a 10% tariff in the United States.']],
      ['2026-09-01', ['With the incoming 30 percent rate on Peru, importers rushed orders through customs.']],
    ]);
    expect(line).toMatch(/\*\*10%\*\*/);
  });
});
