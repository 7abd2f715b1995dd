import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "Chile was hit with 34%; Peru, 25%; Ecuador, 24%": after a clause break, a country's name alone
 * and a comma label the number that follows, the verb left out as the first clause gave it.
 * Sentences written for this test.
 */
const LIST = 'Chile was hit with 34%; Peru, 25%; Ecuador, 24%; and the European Union, 20%.';

describe('a rate labelled by a country name and a comma after a semicolon', () => {
  it('gives each number to the name before it', () => {
    expect(articleRates([LIST], '2026-09-01')).toEqual([
      'United States → Chile 34% current',
      'United States → Peru 25% current',
      'United States → Ecuador 24% current',
      'United States → European Union 20% current',
    ]);
  });

  it('keeps a comma after a phrase that is no country name a break', () => {
    // Both on Chile; the April level, followed by May's, was replaced by it.
    expect(articleRates(['The tariff on Chile rose to 34% in April; in May, 25%.'], '2026-09-01')).toEqual([
      'United States → Chile 34% previous',
      'United States → Chile 25% current',
    ]);
  });

  it('answers /tariff peru with its own number', async () => {
    const { line } = await tariffPeru([LIST]);
    expect(line).toMatch(/^\*\*25%\*\*/);
  });
});
