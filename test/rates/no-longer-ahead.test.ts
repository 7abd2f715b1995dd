/**
 * "no longer" with a modal of the future tells an end still to come: the rate holds until then
 * ("Peruvian goods will no longer face the 30% tariff from June 1"). Without one, in the present,
 * it tells an end that has come ("the 30% tariff no longer applies"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a rate that will no longer be charged', () => {
  it('holds until its end', () => {
    expect(
      articleRates(
        [
          'Peruvian goods will no longer face the 30% tariff from June 1.',
          'The 20% levy on Chilean copper will no longer apply once the agreement takes effect.',
        ],
        '2026-05-20',
      ),
    ).toEqual(['United States → Peru 30% current', 'United States → Chile 20% current']);
  });

  it('keeps a threatened level a threat', () => {
    expect(
      articleRates(['Peruvian goods will no longer face the threatened 50% tariff, officials said.'], '2026-05-20'),
    ).toEqual(['United States → Peru 50% threatened']);
  });

  it('reads a rate that no longer applies as one replaced', () => {
    expect(articleRates(['The 30% tariff on Peruvian goods no longer applies.'], '2026-05-20')).toEqual([
      'United States → Peru 30% previous',
    ]);
  });

  it('shows /tariff peru the rate in force until it ends', async () => {
    const { line } = await tariffPeru([
      ['2026-08-20', ['Peruvian goods will no longer face the 30% tariff from September 15, the trade office said.']],
    ]);
    expect(line).toMatch(/^\*\*30%\*\*/u);
  });
});
