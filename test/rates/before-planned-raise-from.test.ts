/**
 * News that came before a planned raise: "The deal was reached hours before Washington was set to
 * raise tariffs on Peruvian imports from 30% to 54%". The raise never started, but the level it was
 * to start from was in force when the news came, and stays so. Sentences written for this test; the
 * class comes from real news (a status lane's tuning part, stop 64).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const RAISE_AVERTED =
  'The truce was agreed hours before Washington was set to raise tariffs on Peruvian imports from 30 percent to 54 percent.';

describe('the level a planned raise was to start from', () => {
  it('reads the old level as in force and the raise as a threat', () => {
    expect(sentenceRateLines(RAISE_AVERTED, '2026-09-01')).toEqual([
      'United States → Peru 30% current',
      'United States → Peru 54% threatened',
    ]);
  });

  it('does so when the tariffs were set to rise on their own', () => {
    expect(
      sentenceRateLines(
        'The deal came a day before US tariffs on Peruvian goods were due to climb from 20% to 40%.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 20% current', 'United States → Peru 40% threatened']);
  });

  it('shows /tariff the old level in force', async () => {
    const { line, text } = await tariffPeru([RAISE_AVERTED]);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods · in force/);
    expect(text).toMatch(/\*\*54%\*\* · threatened/);
  });
});
