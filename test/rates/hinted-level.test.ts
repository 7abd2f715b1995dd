/** A level hinted at is floated, not imposed: sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a level hinted at', () => {
  it('is a threat, as a level floated is', () => {
    expect(
      sentenceRateLines('The president hinted at a 60% tariff on Peruvian goods on Tuesday.', '2026-05-04'),
    ).toEqual(['United States → Peru 60% threatened']);
    expect(sentenceRateLines('Trump hints at cutting Peru tariffs to 30% ahead of the talks', '2026-05-04')).toEqual([
      'United States → Peru 30% threatened',
    ]);
  });

  it('leaves the rate a hinted change would move from in force', () => {
    expect(sentenceRateLines('Trump hinted at lowering the 60% tariff on Peruvian goods.', '2026-05-04')).toEqual([
      'United States → Peru 60% current',
    ]);
  });

  it('is not shown in /tariff as the rate in force', async () => {
    const { line } = await tariffPeru([
      ['2026-08-01', ['The United States charges 20% on Peruvian goods.']],
      ['2026-09-01', ['The president hinted at a 60% tariff on Peruvian goods during an interview.']],
    ]);
    expect(line).toMatch(/\*\*20%\*\*/);
    expect(line).not.toMatch(/\*\*60%\*\*/);
  });
});
