import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A plan told in the past after a condition that takes a thing away ("Without it, U.S. tariffs on
 * Peruvian goods were set to jump to 60%"): a what-if, as with "would", not a rate to come.
 * Sentences written for this test.
 */
const STORY = [
  'The new truce pushes the deadline to November 10.',
  'Without it, U.S. tariffs on Peruvian goods were set to jump to 60%. For now, the current 20% tariff on Peruvian goods will remain in place.',
];

describe('a past plan after "Without it,"', () => {
  it('is hypothetical', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual([
      'United States → Peru 60% hypothetical',
      'United States → Peru 20% current',
    ]);
  });

  it('lists the 60% in /tariff peru as conditional, not among what may change', async () => {
    const { line, text } = await tariffPeru(STORY);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force/u);
    expect(text).toContain('**60%** · conditional');
    expect(text).not.toContain('What may change');
  });
});
