/**
 * A rate a ruling or a deal "wiped out" ended, as one "struck down" did: it was in force before and
 * is no longer. Sentences written for this test; the wording is that of reports on court rulings.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

describe('a rate wiped out', () => {
  it('reads it as previous, active or passive', () => {
    expect(sentenceRateLines('The ruling wiped out the 40% tariff on Peru.', '2026-02-24')).toEqual([
      'United States → Peru 40% previous',
    ]);
    expect(sentenceRateLines('The 40% tariff on Peru was wiped out by the ruling.', '2026-02-24')).toEqual([
      'United States → Peru 40% previous',
    ]);
  });

  it('keeps a rate that wiped out trade in force', () => {
    expect(sentenceRateLines('The 40% tariff on Peru wiped out exports of beef.', '2026-02-24')).toEqual([
      'United States → Peru 40% current',
    ]);
  });

  it('shows it as replaced in /tariff', async () => {
    const { line } = await tariffPeru(['The court’s ruling on Friday wiped out the 40% tariff on Peruvian goods.']);
    expect(line).not.toMatch(/^\*\*40%\*\*/);
  });
});
