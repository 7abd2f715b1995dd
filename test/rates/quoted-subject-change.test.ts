import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * The old level as the subject of its change, a word of it in quotation marks as news marks the
 * administration's word ("As for the 20 percent “reciprocal” tariffs on Peru, those have been
 * reduced to 10 percent"): the marks are no break in the subject, so the old level was in force
 * before and the new one is in force now. Sentences written for this test.
 */
const STORY = [
  'Copper exporters in Lima said orders had held up through the summer.',
  'As for the 20 percent “reciprocal” tariffs on Peruvian goods, those have been reduced to 10 percent.',
];

describe('an old level as the subject, a word of it in quotation marks', () => {
  it('reads the old level as previous', () => {
    expect(articleRates(STORY, '2026-09-01')).toEqual([
      'United States → Peru 20% previous',
      'United States → Peru 10% current',
    ]);
  });

  it('answers /tariff peru with the new level', async () => {
    expect((await tariffPeru(STORY)).line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force since/);
  });
});
