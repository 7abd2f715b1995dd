import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * An adjective of an earlier level right after the number ("the 20% initial tariff", "a 46% original
 * rate") tells it as history, as "the initial 20%" does; a phase-in's first step told with a time to
 * come is not (sentences written for this test; the class comes from real news of the status36
 * lane's set, stop 54).
 */
describe('an adjective of an earlier level after the number', () => {
  it('tells the level as history', () => {
    expect(
      articleRates(['The new levy is more than double the size of the 20% initial tariff on Peruvian goods.']),
    ).toEqual(['United States → Peru 20% previous']);
    expect(articleRates(['Chile is far better off than under the 46% original rate on Chilean goods.'])).toEqual([
      'United States → Chile 46% previous',
    ]);
  });

  it('leaves a phase-in’s first step to come', () => {
    expect(
      articleRates(['Peruvian goods will face a 10% initial tariff, rising to 25% on June 1.'], '2025-03-02'),
    ).not.toContain('United States → Peru 10% previous');
  });

  it('answers /tariff with the level in force, the earlier one replaced', async () => {
    const { text, line } = await tariffPeru([
      'Peruvian goods face a 30% tariff.',
      'That is well above the 20% initial tariff on Peruvian goods.',
    ]);
    expect(line).toMatch(/^\*\*30%\*\*/);
    expect(text).toMatch(/\*\*20%\*\* · replaced/);
  });
});
