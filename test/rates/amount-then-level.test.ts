/**
 * The amount of a change, then the level it reached: "raised the tariff on Peruvian goods by 5
 * percentage points to 25%". The level is the rate; the amount is no part of it. An amount alone
 * stays a part. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const RAISED = ['Washington raised the tariff on Peruvian goods by 5 percentage points to 25% in August.'];

describe('the amount of a change before the level it reached', () => {
  it('gives the level alone', () => {
    expect(articleRates(RAISED, '2026-09-01')).toEqual(['United States → Peru 25% current']);
  });

  it('keeps an amount with no level after it', () => {
    expect(
      articleRates(['Washington raised the tariff on Peruvian goods by 5 percentage points.'], '2026-09-01'),
    ).toEqual(['United States → Peru 5% current']);
  });

  it('shows 25% in /tariff peru and no 5% rate', async () => {
    const { text, line } = await tariffPeru(RAISED);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force/u);
    expect(text).not.toMatch(/\*\*5%\*\*/u);
  });
});
