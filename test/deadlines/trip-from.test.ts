import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "from Tuesday" after a trip and its place ("plans to visit Washington from Tuesday to press for
 * the agreed 15% tariff to take effect") dates the trip: the rate has no start yet, and no deadline
 * comes of the day. Sentences written for this test (1 September 2026 is a Tuesday).
 */
const STORY = [
  'Trade officials met in Lima on Monday.',
  'Peru’s trade minister said she planned to visit Washington from Thursday to press the United States to bring an agreed 15% tariff on Peruvian goods into effect.',
];

describe('a trip’s "from" day', () => {
  it('is no deadline', async () => {
    expect(await kindsAndDates('2026-09-01', STORY)).toEqual([]);
  });

  it('gives /tariff peru no start day for the agreed rate', async () => {
    const { text } = await tariffPeru(STORY);
    expect(text).toContain('**15%**');
    expect(text).not.toContain('scheduled for');
  });
});
