import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A first level told as still to be imposed, then raised ("will impose a 15% duty and raise it to 30%
 * next month"): both levels are to come, not the first in force. A level in force that a change to
 * come leaves ("the 15% duty will rise to 30%") stays current. Sentences written for this test.
 */
describe('the first level of a planned escalation', () => {
  const story = ['The president said he will impose a 15% duty on Peruvian goods and raise it to 30% next month.'];

  it('is scheduled as the second is', () => {
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 15% scheduled',
      'United States → Peru 30% scheduled',
    ]);
  });

  it('keeps a level in force before a change to come current', () => {
    expect(articleRates(['The 15% duty on Peruvian goods will rise to 30% next month.'], '2026-09-01')).toEqual([
      'United States → Peru 15% current',
      'United States → Peru 30% scheduled',
    ]);
  });

  it('answers /tariff peru with no rate in force', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(
      /No article in the corpus states a current rate that the United States charges on Peruvian goods/,
    );
  });
});
