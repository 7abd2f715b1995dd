import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "incl." abbreviates "including" in posts and trackers; a sentence goes on after it ("letters to
 * seven partners, incl. Peru at 30%"), so the countries it lists keep the tariff the sentence
 * names before it. Sentences written for these tests.
 */
const SENTENCE = 'Tariff letters went out to seven partners, incl. Peru at 30% and Chile at 25%.';

describe('a list after "incl."', () => {
  it('reads the sentence whole, so the listed countries get its rate', () => {
    expect(articleRates([SENTENCE], '2026-07-09')).toEqual([
      'United States → Peru 30% current',
      'United States → Chile 25% current',
    ]);
  });

  it('shows the 30% in /tariff peru', async () => {
    expect((await tariffPeru([['2026-07-09', [SENTENCE]]])).text).toMatch(/United States → Peru[^}]*30%/);
  });
});
