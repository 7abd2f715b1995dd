import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Indian and older British papers abbreviate percent as "p.c." ("a 15 p.c. tariff"), often without
 * its last stop in a list of rates ("Peru: 15 p.c"). Sentences written for these tests.
 */
describe('rates written "p.c."', () => {
  it('reads "p.c." in a sentence and "p.c" in a list of rates', () => {
    expect(articleRates(['Peruvian goods face a 15 p.c. tariff in the United States.'], '2026-09-01')).toEqual([
      'United States → Peru 15% current',
    ]);
    expect(
      articleRates(
        ['The White House listed the new tariff rates on Thursday.', 'Peru: 15 p.c', 'Chile: 20 p.c'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 15% current', 'United States → Chile 20% current']);
  });

  it('shows the 15% on Peru in /tariff peru', async () => {
    const { text } = await tariffPeru([
      'The White House listed the new tariff rates on Thursday.',
      'Peru: 15 p.c',
      'Chile: 20 p.c',
    ]);
    expect(text).toMatch(/United States → Peru[^}]*15%/);
  });
});
