import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Names added to a list by ", as well as" ("goods from Chile and Bolivia, as well as Peru and
 * Ecuador") are part of it: the rate is on them too. Sentences written for these tests.
 */
const SENTENCE =
  'The White House said it would impose a 12% tariff on goods from Chile and Bolivia, as well as Peru and Ecuador, from Sept. 20.';
const BRACKETED =
  'The White House said it would impose a 12% tariff on goods from two Andean nations (Chile and Bolivia), as well as Peru, from Sept. 20.';

describe('names added by "as well as"', () => {
  it('gives the rate to every name of the list', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual([
      'United States → Chile 12% scheduled',
      'United States → Bolivia 12% scheduled',
      'United States → Peru 12% scheduled',
      'United States → Ecuador 12% scheduled',
    ]);
  });

  it('after a list in brackets too', () => {
    expect(articleRates([BRACKETED], '2026-09-01')).toContain('United States → Peru 12% scheduled');
  });

  it('shows the 12% in /tariff peru', async () => {
    expect((await tariffPeru([['2026-09-01', [SENTENCE]]])).text).toMatch(/United States → Peru[^}]*12%/);
  });
});
