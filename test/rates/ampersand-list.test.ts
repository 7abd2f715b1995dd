import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * An ampersand joins countries as "and" does, as posts and trackers write lists of rates ("30% on
 * Chile, Bolivia & Peru"): the country after it shares the list's rate. Sentences written for these tests.
 */
const SENTENCE = 'New duties announced by the White House: 30% on Chile, Bolivia & Peru; 25% on Ecuador & Uruguay.';

describe('a list of countries joined by an ampersand', () => {
  it('gives the rate to every country of the list', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual([
      'United States → Chile 30% scheduled',
      'United States → Bolivia 30% scheduled',
      'United States → Peru 30% scheduled',
      'United States → Ecuador 25% scheduled',
      'United States → Uruguay 25% scheduled',
    ]);
  });

  it('shows the 30% on Peru in /tariff peru', async () => {
    const { text } = await tariffPeru([SENTENCE]);
    expect(text).toMatch(/United States → Peru[^}]*30%/);
  });
});
