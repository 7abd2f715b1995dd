/**
 * "the 25% tariff expired on Tuesday", "has lapsed", "came to an end": a rate told as the subject of
 * a verb of ending, in the past, is no longer in force. Not the end of a pause or exemption on it,
 * which sets it going again. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a rate that ended', () => {
  it('is a previous rate, in any tense of the past', () => {
    expect(
      articleRates(
        [
          'The 25% tariff on Peruvian goods expired on Tuesday.',
          'The 30% duty on Chilean imports has lapsed.',
          'The 40% levy on Bolivian goods came to an end last week.',
        ],
        '2026-08-20',
      ),
    ).toEqual([
      'United States → Peru 25% previous',
      'United States → Chile 30% previous',
      'United States → Bolivia 40% previous',
    ]);
  });

  it('is not the end of a pause or exemption on the rate', () => {
    expect(
      articleRates(['The 90-day pause on the 34% tariff on Peruvian goods expired on Tuesday.'], '2026-08-20'),
    ).not.toContain('United States → Peru 34% previous');
  });

  it('is no longer the rate in force in /tariff', async () => {
    const { line } = await tariffPeru([
      ['2026-07-01', ['Peruvian goods face a 25% tariff in the United States.']],
      ['2026-08-20', ['The 25% tariff on Peruvian goods expired on Tuesday.']],
    ]);
    expect(line).not.toMatch(/25%/);
  });
});
