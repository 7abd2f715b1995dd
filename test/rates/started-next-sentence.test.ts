/**
 * A start told in the sentence after the rate, in the past: "Washington announced a 25% duty on
 * Peruvian goods last week. It took effect on Monday." The rate announced has started: in force,
 * not announced. Sentences written for this test; the class comes from the rates-status lane's
 * brief (stop 45), as the start to come told alike ("They will kick in on Aug. 1.") is read already.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const ANNOUNCED = 'Washington announced a 25% duty on Peruvian goods last week.';

describe('a start told in the past in the next sentence', () => {
  it('reads the announced rate as in force', () => {
    expect(articleRates([ANNOUNCED, 'It took effect on Monday.'], '2026-09-01')).toEqual([
      'United States → Peru 25% current',
    ]);
    expect(articleRates([`${ANNOUNCED} The new tariffs kicked in at midnight.`], '2026-09-01')).toEqual([
      'United States → Peru 25% current',
    ]);
  });

  it('leaves the rate announced when the next sentence tells a start to come', () => {
    expect(articleRates([ANNOUNCED, 'It takes effect at 12:01 a.m. EDT on Thursday.'], '2026-09-01')).toEqual([
      'United States → Peru 25% scheduled',
    ]);
  });
});

describe('/tariff on a rate whose start the next sentence tells as past', () => {
  it('shows the rate in force', async () => {
    const { line } = await tariffPeru([ANNOUNCED, 'It took effect on Monday.']);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force/);
  });
});
