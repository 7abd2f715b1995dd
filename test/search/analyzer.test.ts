import { describe, expect, it } from 'vitest';
import { documentTerms, highlight, queryTerms } from '../../src/search/analyzer.ts';

describe('the trade-news analyzer', () => {
  it('makes "U.S.", "US", "United States" and "America" one term, but not the pronoun "us"', () => {
    const [us] = documentTerms('United States');
    const terms = ['U.S.', 'US', 'USA', 'the United States of America', 'America', 'American', 'Washington'].map((t) =>
      documentTerms(t),
    );
    expect(terms).toEqual(Array(7).fill([us]));
    expect(documentTerms('they are coming to us')).toEqual(['come']);
    expect(queryTerms('us tariffs')).toEqual([us, 'tariff']);
  });

  it('keeps percentages and decimals whole, and reads "percent" as %', () => {
    expect(documentTerms('soared to 145%, then 10.5% or 30 percent')).toEqual(['hike', '145%', '10.5%', '30%']);
    expect(queryTerms('145 per cent')).toEqual(['145%']);
  });

  it('handles curly apostrophes, possessives and hyphens', () => {
    const [us] = documentTerms('United States');
    expect(documentTerms('China’s U.S.-China tit-for-tat Commerce Ministry')).toEqual([
      'china',
      us,
      'china',
      'tit',
      'tat',
      'ministri',
      'commerc',
    ]);
    expect(documentTerms('the 90-day pause')).toEqual(documentTerms('the 90 day pause'));
  });

  it('folds the domain vocabulary: tariff words, and every form of a country from the country table', () => {
    expect(new Set(documentTerms('tariff levies duties taxes'))).toEqual(new Set(['tariff']));
    expect(documentTerms('Beijing Chinese China')).toEqual(['china', 'china', 'china']);
    expect(new Set(documentTerms('EU E.U. European Union Brussels European'))).toEqual(
      new Set(documentTerms('European Union')),
    );
    expect(documentTerms('New Delhi Indian')).toEqual(['india', 'india']);
    expect(queryTerms('ottawa canadian')).toEqual(['canada']);
    expect(documentTerms('the Commerce Department')).toEqual(documentTerms('the Department of Commerce'));
  });

  it('bolds the words of a passage that matched, phrases whole', () => {
    const terms = new Set(queryTerms('US levies on Beijing'));
    expect(highlight('The United States raised duties on Chinese goods.', terms)).toBe(
      'The **United States** raised **duties** on **Chinese** goods.',
    );
  });
});
