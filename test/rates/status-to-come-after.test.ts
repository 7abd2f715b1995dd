/**
 * A rate told as one still to come right after its noun: "with another 25% to come on Sept. 15",
 * "a further 25% tariff to follow". Not "25% with more to come", which tells of other rates.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const TO_COME = ['Peruvian goods face a 20% tariff, with another 15% to come on Sept. 15.'];

describe('a rate told as still to come', () => {
  it('reads the rate to come as scheduled, the one before in force', () => {
    expect(articleRates(TO_COME, '2026-09-01').map((line) => line.replace(/ component$/u, ''))).toEqual([
      'United States → Peru 20% current',
      'United States → Peru 15% scheduled',
    ]);
  });

  it('leaves a rate "with more to come" in force', () => {
    expect(articleRates(['Peru faces 20% with more to come.'], '2026-09-01')).toEqual([
      'United States → Peru 20% current',
    ]);
  });

  it('shows the rate to come as scheduled in /tariff peru', async () => {
    const { text } = await tariffPeru(TO_COME);
    expect(text).toMatch(/\*\*15%\*\*[^\n]*scheduled for <t:\d+:D>/u);
  });
});
