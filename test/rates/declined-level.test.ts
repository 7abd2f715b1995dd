/**
 * "Declined" as a rate's own fall ("duties have declined from a peak of 145% down to about 30%")
 * gives the level after "to" as the one in force, as "fell from … to" does; "declined to cut … to
 * 10%" is a refusal, which keeps the old level and leaves the new one a proposal (sentences written
 * for this test).
 */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const rates = (sentence: string) =>
  sentenceRates(sentence, '2026-09-01', () => []).map((r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`);

describe('a level that declined, and a change declined', () => {
  it('reads the level a rate declined to as the one in force', () => {
    expect(
      rates(
        'Since the talks in May, US tariffs on Peruvian goods have declined significantly, from a peak of 145% down to roughly 30%.',
      ),
    ).toEqual(['United States → Peru 145% previous', 'United States → Peru 30% current']);
    expect(rates('The average US duty on Peruvian fruit will decrease from 40% to 18% next month.')).toEqual([
      'United States → Peru 40% current',
      'United States → Peru 18% scheduled',
    ]);
  });

  it('keeps the old level in force when a cut is refused', () => {
    expect(rates('Washington declined to cut the 25% tariff on Peruvian goods to 10%.')).toEqual([
      'United States → Peru 25% current',
      'United States → Peru 10% threatened',
    ]);
    expect(rates('The White House has refused to lower the 50% tariff on Peruvian goods to 10%.')).toContain(
      'United States → Peru 50% current',
    );
  });

  it('shows the level a rate declined to in /tariff', async () => {
    const { line } = await tariffPeru([
      'Since the talks in May, US tariffs on Peruvian goods have declined significantly, from a peak of 145% down to roughly 30%.',
    ]);
    expect(line).toMatch(/^\*\*about 30%\*\* on Peruvian goods · in force/);
  });
});
