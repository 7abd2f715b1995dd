import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * An import quota told as a share of an earlier year's volume ("cut the quotas from 100 per cent to
 * 50 per cent") is no tariff rate, even in a sentence that states one, and even when the numbers sit
 * in a clause of their own after the quota's. Sentences written for these tests; the class comes
 * from real news on Canada's steel quotas (stop 48).
 */
describe('percentages of an import quota', () => {
  it('reads no rate from a quota cut told in its own clause, and keeps the tariff beside it', () => {
    expect(
      articleRates([
        'Canada had already reduced those quotas in July, from 100 per cent to 50 per cent, and has imposed a 25 per cent surtax on steel goods that originate from Peru.',
      ]),
    ).toEqual(['Canada → Peru 25% current']);
  });

  it('still reads the old and new level of a tariff told the same way', () => {
    expect(articleRates(['Peru raised duties on US wheat in March, from 10% to 25%.'])).toEqual([
      'Peru → United States 10% previous',
      'Peru → United States 25% current',
    ]);
  });

  it('shows no quota share as a rate in /tariff', async () => {
    const { text } = await tariffPeru([
      'Washington has charged a 19% tariff on Peruvian goods since April.',
      'Peru reduced its steel import quotas in July, from 100 per cent to 50 per cent, and kept its 6% tariff on US steel.',
    ]);
    expect(text).toMatch(/\*\*19%\*\* on Peruvian goods/);
    expect(text).not.toMatch(/\*\*(?:100|50)%\*\*/);
  });
});
