/**
 * A plan told in the past perfect: "Washington had earlier said it would impose a 30% tariff on Peru
 * starting September 20". News tells a plan so to set it against what came after (a deal, a pause):
 * it was overtaken before its start, a threat, not a rate scheduled. Sentences written for this
 * test; the class comes from real news of the rates-status lane's set (stop 45).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2026-09-01') => sentenceRateLines(sentence, published);

const TOLD_EARLIER = 'Washington had earlier said it would impose a 30% tariff on Peru starting September 20.';

describe('a plan told in the past perfect', () => {
  it('reads the planned level as threatened, whether said, announced or warned', () => {
    expect(rates(TOLD_EARLIER)).toEqual(['United States → Peru 30% threatened']);
    expect(rates('Peru had announced that it would levy a 25% tariff on US wheat.')).toEqual([
      'Peru → United States 25% threatened',
    ]);
  });

  it('keeps a plan told in the simple past scheduled, and one whose start has come in force', () => {
    expect(rates('Washington said it would impose a 30% tariff on Peru starting September 20.')).toEqual([
      'United States → Peru 30% scheduled',
    ]);
    expect(rates('Washington had said it would impose a 30% tariff on Peru starting August 1.')).toEqual([
      'United States → Peru 30% current',
    ]);
  });
});

describe('/tariff on a plan told in the past perfect', () => {
  it('shows the planned level as threatened, not scheduled', async () => {
    const { text } = await tariffPeru([TOLD_EARLIER]);
    expect(text).toMatch(/\*\*30%\*\* · threatened/);
    expect(text).not.toMatch(/scheduled for/);
  });
});
