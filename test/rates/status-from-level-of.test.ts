/** The old level named as a rate "of" the number ("down from the sector-specific rate of 25 percent") is the level replaced. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2026-05-04') => sentenceRateLines(sentence, published);

describe('a level changed from, named as a rate of the number', () => {
  it('is the previous level once the new one holds', () => {
    expect(
      rates('Peruvian goods are now subject to a 15 percent tariff, down from the general rate of 25 percent.'),
    ).toEqual(['United States → Peru 15% current', 'United States → Peru 25% previous']);
    expect(rates('Washington raised the tariff on Chilean wine to 20% from a level of 10%.')).toContain(
      'United States → Chile 10% previous',
    );
  });

  it('stays in force while the new level is still to come', () => {
    expect(
      rates('Peruvian goods will face a 15 percent tariff from June 1, down from the current rate of 25 percent.'),
    ).toEqual(['United States → Peru 15% scheduled', 'United States → Peru 25% current']);
  });

  it('is not shown in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', ['Peruvian goods face a 25% tariff in the United States.']],
      [
        '2026-09-01',
        ['Peruvian goods are now subject to a 15 percent tariff, down from the general rate of 25 percent.'],
      ],
    ]);
    expect(line).toMatch(/\*\*15%\*\*/);
  });
});
