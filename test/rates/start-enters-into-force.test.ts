/**
 * A start told in treaty wording, common in European and Asian English: "the duty enters into force
 * on Thursday", "a 25% duty entering into force on Thursday". Like "takes effect on", the present of
 * a start is news of one ahead. Sentences written for this test; the class comes from real news (a
 * blind set's tuning part, stop 64).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const ENTERS = [
  'A 25% duty on Peruvian goods enters into force on Thursday.',
  'The levy comes on top of a separate 30% duty on Peruvian goods entering into force on Thursday.',
];

describe('a start told as entering into force', () => {
  it('reads the rate as scheduled for that day', () => {
    // 2026-09-01 is a Tuesday: Thursday is 2026-09-03.
    expect(articleRates(ENTERS, '2026-09-01').map((line) => line.replace(/ component$/u, ''))).toEqual([
      'United States → Peru 25% scheduled',
      'United States → Peru 30% scheduled',
    ]);
  });

  it('keeps one that entered into force in the past in force', () => {
    expect(articleRates(['A 25% duty on Peruvian goods entered into force on Monday.'], '2026-09-01')).toEqual([
      'United States → Peru 25% current',
    ]);
  });

  it('shows the rate as scheduled in /tariff peru', async () => {
    const { text } = await tariffPeru([ENTERS[1]!]);
    expect(text).toMatch(/\*\*30%\*\*[^\n]*scheduled for <t:\d+:D>/);
  });
});
