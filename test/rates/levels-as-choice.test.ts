/**
 * Two levels offered as a choice ("plans to impose blanket tariffs of 15 per cent or 20 per cent on
 * most other trading partners") settle nothing: both were floated, and the partners named once after
 * the second are the first's too. Levels in force told as a choice ("10% or 25%, depending on the
 * category") stay in force. Sentences written for this test; the wording is that of reports on
 * plans not yet decided.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('two levels offered as a choice', () => {
  it('reads both as threatened, on the partners named after the second', () => {
    expect(
      sentenceRateLines(
        'Trump said the US will impose a 35 per cent tariff on Peru in August and plans to impose blanket tariffs of 15 per cent or 20 per cent on most other trading partners.',
        '2026-07-11',
      ),
    ).toEqual([
      'United States → Peru 35% scheduled',
      'United States → most countries 15% threatened',
      'United States → most countries 20% threatened',
    ]);
    expect(sentenceRateLines('Trump said tariffs of 15% or 20% would apply to Peru.', '2026-07-11')).toEqual([
      'United States → Peru 15% threatened',
      'United States → Peru 20% threatened',
    ]);
  });

  it('keeps levels in force told as a choice', () => {
    expect(
      sentenceRateLines('Peruvian goods face tariffs of 10% or 25%, depending on the category.', '2026-07-11'),
    ).toEqual(['United States → Peru 10% current', 'United States → Peru 25% current']);
  });

  it('shows neither as due in /tariff', async () => {
    const { text } = await tariffPeru(['Trump plans to impose tariffs of 15% or 20% on Peruvian goods.']);
    expect(text).toMatch(/\*\*15%\*\* · threatened/);
    expect(text).toMatch(/\*\*20%\*\* · threatened/);
  });
});
