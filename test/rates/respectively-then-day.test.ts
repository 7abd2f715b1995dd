/**
 * Levels listed with "respectively" and then a day ("rising to 30% and 50%, respectively, on Jan.
 * 1, 2027"): the day is when those levels start, as it is with no "respectively" between.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const SENTENCE =
  'A 25% tariff applies to Peruvian furniture and cabinets, rising to 30% and 50% respectively on January 1, 2027.';

describe('levels a "respectively" list gives a day after', () => {
  it('are scheduled, with or without commas around "respectively"', () => {
    const scheduled = ['United States → Peru 30% scheduled', 'United States → Peru 50% scheduled'];
    expect(sentenceRateLines(SENTENCE, '2026-09-01').slice(1)).toEqual(scheduled);
    expect(
      sentenceRateLines(
        'Tariffs on Peruvian furniture and cabinets will rise to 30% and 50%, respectively, on Jan. 1, 2027.',
        '2026-09-01',
      ),
    ).toEqual(scheduled);
  });

  it('shows /tariff the 25% in force and the later levels scheduled for their day', async () => {
    const { text } = await tariffPeru([SENTENCE]);
    expect(text).toContain('**25%** on furniture · in force since');
    expect(text).toContain(`**30%** on furniture · scheduled for <t:${Date.UTC(2027, 0, 1) / 1000}:D>`);
    expect(text).toContain(`**50%** on furniture · scheduled for <t:${Date.UTC(2027, 0, 1) / 1000}:D>`);
  });
});
