/** A rate as the object of a verb of keeping ("will maintain 20% tariffs", "will continue to apply 19%") is in force. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string) => sentenceRateLines(sentence, '2026-05-04');

describe('a rate a verb of keeping holds on to', () => {
  it('is in force, whatever the modal before the verb', () => {
    expect(rates('The United States will maintain a 20% tariff on all goods from Peru.')).toEqual([
      'United States → Peru 20% current',
    ]);
    expect(rates('Washington will continue to apply 19% tariffs on Peruvian goods, officials said.')).toEqual([
      'United States → Peru 19% current',
    ]);
  });

  it('leaves a rise the kept tariffs are to get still to come', () => {
    expect(
      rates('The United States will maintain its tariffs on Peru, which it plans to raise to 30% in June.'),
    ).toEqual(['United States → Peru 30% scheduled']);
  });

  it('shows in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      'Under the framework, the US will maintain 20% reciprocal tariffs on Peruvian goods, except for coffee.',
    ]);
    expect(line).toMatch(/\*\*20%\*\*/);
  });
});
