/**
 * A level "once" held, told by a participle and "at" right before the number: "Peruvian coffee,
 * once tariffed at 50%, is now exempt". A bare "once" opening a clause is a "when" and dates
 * nothing. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const ONCE = ['Peruvian goods, once taxed at 45%, now face 20%.'];

describe('a level once held', () => {
  it('reads the level as replaced and the one after as in force', () => {
    expect(articleRates(ONCE, '2026-09-01')).toEqual([
      'United States → Peru 45% previous',
      'United States → Peru 20% current',
    ]);
  });

  it('shows 20% in force in /tariff peru', async () => {
    const { line } = await tariffPeru(ONCE);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods · in force/u);
  });
});
