import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list that names each group of countries before its rate, its last group joined by "and" with
 * no comma ("Chile 30 per cent and Peru, Bolivia and Ecuador 20 per cent"), gives that group the
 * rate after it, not the rate before it (sentences written for this test; the class comes from
 * real news of an earlier pairs lane's set, stop 57).
 */
const LIST =
  'Under the tariff letters, Fiji and Samoa would be taxed 40 per cent, Chile 30 per cent and Peru, Bolivia and Ecuador 20 per cent.';

describe('a list naming each group before its rate', () => {
  it('gives the last group the rate after it only', () => {
    expect(articleRates([LIST], '2026-08-01')).toEqual([
      'United States → Fiji 40% scheduled',
      'United States → Samoa 40% scheduled',
      'United States → Chile 30% scheduled',
      'United States → Peru 20% scheduled',
      'United States → Bolivia 20% scheduled',
      'United States → Ecuador 20% scheduled',
    ]);
  });

  it('answers /tariff peru with its group’s rate', async () => {
    const { text } = await tariffPeru([LIST]);
    expect(text).toMatch(/20%/);
    expect(text).not.toMatch(/30%/);
  });
});
