/**
 * The level a new rate moved from, told as the one a letter set ("down from the 20% in his letter",
 * "from the 32% rate set out in Trump's July 9 letter"), was announced and never charged: a threat the
 * new level replaced, as "down from the 32% threatened" is. Sentences written for this test; the
 * wording is that of the 2025 letters' coverage.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a level a letter set, replaced by a new one', () => {
  it('reads it as threatened', () => {
    expect(
      sentenceRateLines('Peru will pay 19%, Trump said, slightly down from the 20% in his letter.', '2026-07-22'),
    ).toEqual(['United States → Peru 19% scheduled', 'United States → Peru 20% threatened']);
    expect(
      sentenceRateLines('Peru will pay 15%, down from the 32% rate set out in Trump’s July 9 letter.', '2026-07-22'),
    ).toEqual(['United States → Peru 15% scheduled', 'United States → Peru 32% threatened']);
  });

  it('keeps a level paid before a letter as the previous one', () => {
    expect(sentenceRateLines('Peru now pays 50%, up from the 10% it paid before the letter.', '2026-08-10')).toEqual([
      'United States → Peru 50% current',
      'United States → Peru 10% previous',
    ]);
  });

  it('never shows the letter’s level in force in /tariff', async () => {
    const { text } = await tariffPeru(['Peruvian goods will face 19%, down from the 20% in Trump’s letter.']);
    expect(text).not.toMatch(/\*\*20%\*\*[^"]*in force/);
    expect(text).toMatch(/\*\*20%\*\* · threatened/);
  });
});
