/** "an extension on the June 1st deadline on the 50% Tariff": a rate that has a deadline has not started. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string) => sentenceRateLines(sentence, '2026-08-20');

describe('a rate named as what a deadline is on', () => {
  it('is one not yet charged', () => {
    expect(
      rates(
        'The Peruvian president asked for an extension on the October 1st deadline on the 40% tariff on Peruvian goods.',
      ),
    ).toEqual(['United States → Peru 40% threatened']);
    expect(rates('Lima is racing to strike a deal ahead of the deadline for a 35% levy on Peruvian goods.')).toEqual([
      'United States → Peru 35% threatened',
    ]);
  });

  it('is not shown in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-10', ['Peruvian goods face a 10% tariff in the United States.']],
      [
        '2026-09-01',
        [
          'In a post, the president said Lima had asked for an extension on the October 1st deadline on the 40% tariff on Peruvian goods.',
        ],
      ],
    ]);
    expect(line).toMatch(/\*\*10%\*\*/);
  });
});
