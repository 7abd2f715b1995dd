/**
 * A "from" that names a cause, not an old level: "farmers may still suffer from the 40% tariffs",
 * "exporters benefit from the 15% rate". The rate holds. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const SUFFER = ['Peruvian farmers may still suffer from the 40% tariffs on their goods.'];

describe('a rate that a "from" names as a cause', () => {
  it('is in force, not the old level of a change', () => {
    expect(articleRates(SUFFER, '2026-09-01')).toEqual(['United States → Peru 40% current']);
    expect(articleRates(['Peruvian exporters benefit from the 15% rate.'], '2026-09-01')).toEqual([
      'United States → Peru 15% current',
    ]);
  });

  it('leaves "cut from 50% to 40%" a change', () => {
    expect(articleRates(['Tariffs on Peruvian goods were cut from 50% to 40%.'], '2026-09-01')).toEqual([
      'United States → Peru 50% previous',
      'United States → Peru 40% current',
    ]);
  });

  it('shows 40% in force in /tariff peru', async () => {
    const { line } = await tariffPeru(SUFFER);
    expect(line).toMatch(/^\*\*40%\*\* on Peruvian goods · in force/u);
  });
});
