/**
 * A decision named as what an act answers: "in response to Washington's decision to raise tariffs
 * on Peruvian goods to 60%". A decision answered has been made: its level is in force, unless the
 * sentence gives it a later start. Sentences written for these tests; the class comes from real news
 * (a blind set's tuning part, stop 59).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a decision an act answers', () => {
  it('reads the answered level as in force', () => {
    expect(
      articleRates(
        [
          'Peru has increased tariffs on imports from the United States to 50 per cent, in response to President Trump’s decision to raise tariffs on Peruvian goods to 60 per cent.',
        ],
        '2026-04-11',
      ),
    ).toEqual(['Peru → United States 50% current', 'United States → Peru 60% current']);
  });

  it('keeps it to come when the sentence gives a later start', () => {
    expect(
      articleRates(
        ['Peru protested in response to the US decision to raise tariffs on Peruvian copper to 50% from August 1.'],
        '2026-04-11',
      ),
    ).toEqual(['United States → Peru 50% scheduled']);
  });

  it('keeps a decision told as news, not answered, to come', () => {
    expect(
      articleRates(['Trump revealed his decision to raise tariffs on Peruvian goods to 60%.'], '2026-04-11'),
    ).toEqual(['United States → Peru 60% scheduled']);
  });
});

describe('/tariff on a decision an act answers', () => {
  it('shows the answered level in force', async () => {
    const { line } = await tariffPeru([
      'Peru has increased tariffs on imports from the United States to 50 per cent, in response to President Trump’s decision to raise tariffs on Peruvian goods to 60 per cent.',
    ]);
    expect(line).toMatch(/^\*\*60%\*\* on Peruvian goods · in force/);
  });
});
