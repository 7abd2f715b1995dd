/**
 * A level a truce or a deal kept a rate from reaching ("the truce prevented tariffs on Peruvian goods
 * from jumping to 90 per cent") was due and is put off, as one told "instead of rising to": paused,
 * not a what-if, and never in force. Sentences written for this test; the class comes from real news
 * (the stop 64 brief's list of status misses).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const PREVENTED = 'The truce prevented US tariffs on Peruvian goods from jumping to 90 per cent this week.';

describe('a level a rate was kept from reaching', () => {
  it('reads it as paused', () => {
    expect(sentenceRateLines(PREVENTED, '2026-09-01')).toEqual(['United States → Peru 90% suspended']);
    expect(
      sentenceRateLines('The accord stopped duties on Peru from climbing to 50%, Lima said.', '2026-09-01'),
    ).toEqual(['United States → Peru 50% suspended']);
  });

  it('reads it as paused when the rise is told "up to", in /tariff too', async () => {
    const upTo = 'The deal keeps tariffs on Peruvian goods from shooting up to 90% next week.';
    expect(sentenceRateLines(upTo, '2026-09-01')).toEqual(['United States → Peru 90% suspended']);
    const { text } = await tariffPeru([upTo]);
    expect(text).toContain('**up to 90%** · paused');
  });

  it('lists it in /tariff as paused, with the rate in force first', async () => {
    const { line, text } = await tariffPeru([
      ['2026-08-03', ['Washington has charged a 30% tariff on Peruvian goods since April.']],
      ['2026-09-01', [PREVENTED]],
    ]);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods · in force since/);
    expect(text).toMatch(/\*\*90%\*\* · paused/);
  });
});
