import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/corpus/ingest.ts';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A ranked table copied from a page that drops the spaces between its cells, one row a line
 * ("1Peru50%", "3Nepal41%") under a header run together ("RankCountryTariff"): at ingest each row
 * stays a line of its own (it opens with no capital, so it had been folded into the header as a
 * hand wrap), and each row gives its country the rate.
 */
describe('the rows of a ranked table whose cells ran together', () => {
  const raw = [
    'Here is how the partners rank under the new US tariffs:',
    '',
    'RankCountryTariff\n1Peru50%\n2Bosnia & Herzegovina41%\n3Nepal30%',
  ].join('\n');
  const paragraphs = () => {
    const result = prepareArticle('ranks.txt', raw, { outlet: 'Example Wire', date: '2026-09-01', title: 'Ranks' });
    if (!result.ok) throw new Error(result.error);
    return result.article.paragraphs;
  };

  it('keeps each row a paragraph of its own at ingest', () => {
    expect(paragraphs()).toEqual([
      'Here is how the partners rank under the new US tariffs:',
      'RankCountryTariff',
      '1Peru50%',
      '2Bosnia & Herzegovina41%',
      '3Nepal30%',
    ]);
  });

  it('gives each row its country’s rate', () => {
    expect(articleRates(paragraphs(), '2026-09-01')).toEqual([
      'United States → Peru 50% current',
      'United States → Bosnia and Herzegovina 41% current',
      'United States → Nepal 30% current',
    ]);
  });

  it('answers /tariff peru with the rate of its row', async () => {
    const { line } = await tariffPeru(paragraphs());
    expect(line).toMatch(/^\*\*50%\*\* on Peruvian goods/);
  });
});
