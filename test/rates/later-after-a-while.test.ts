import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A new level with a stretch of time after it ("raise it to 40% after two weeks", "to 30% within a
 * month") starts once that time has run: scheduled, even when the sentence says the first step comes
 * "immediately". Sentences written for this test.
 */
describe('a new level after a stretch of time', () => {
  const story = [
    'Trump said he would immediately impose a 20% tariff on goods from Peru and raise it to 40% after two weeks.',
  ];

  it('is scheduled, not in force at once', () => {
    expect(articleRates(story, '2026-09-01')).toContain('United States → Peru 40% scheduled');
  });

  it('reads "within a month" so too, and keeps a change made after a stretch of talks done', () => {
    expect(articleRates(['Duties on Peru are climbing to 30% within a month.'], '2026-09-01')).toEqual([
      'United States → Peru 30% scheduled',
    ]);
    expect(
      articleRates(['Peru raised its tariff on US goods from 10% to 20% after two weeks of talks.'], '2026-09-01'),
    ).toEqual(['Peru → United States 10% previous', 'Peru → United States 20% current']);
  });

  it('answers /tariff peru with 40% as a rate to come', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(/"What may change","value":"[^"]*\*\*40%\*\* · /);
    expect(text).not.toMatch(/"description":"\*\*40%\*\*/);
  });
});
