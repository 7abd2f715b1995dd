/**
 * A steep fall is a fall: "duties plummet from 39% to 15%" gives the new level after "to" as the
 * one in force, as "fall from 39% to 15%" does (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const rates = (sentence: string) =>
  sentenceRates(sentence, '2026-09-01', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`);

describe('a plunge or plummet to a new level', () => {
  it('reads the level after "to" as the new one in force', () => {
    expect(rates('The pact sees American duties on Peruvian goods plummet from a hefty 39% down to 15%.')).toEqual([
      'United States → Peru 39% previous',
      'United States → Peru 15% current',
    ]);
    expect(rates('US tariffs on Peruvian copper plunged from 50% to 20% under the deal.')).toContain(
      'United States → Peru 20% current',
    );
  });

  it('shows the new level in /tariff', async () => {
    const { line } = await tariffPeru([
      'The accord, signed on Monday, sees US import duties on Peruvian goods plummet from a hefty 39% down to 15%.',
    ]);
    expect(line).toMatch(/\*\*15%\*\*/);
  });
});
