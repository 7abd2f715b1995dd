import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { articleRates } from './article-rates.ts';

/**
 * A partner's own measure told first on imports from no one named ("Peru rolled out a new trade
 * measure on Monday, imposing safeguard duties on certain copper imports"), its rate told later on
 * one origin of them: the rate is the partner's (wording from the rates-pairs20 set of stop 38,
 * with a page that glued two sentences together), not the home country's.
 */
const ARTICLE = [
  'Peru rolled out a new trade measure on Monday, imposing safeguard duties on certain copper imports for three years. The move aims to curb a surge in cheap supplies, particularly from Chile.As per a trade ministry notice, the safeguard duty will stand at 15% in the first year.',
];

describe('a rate told after a sentence in which a partner imposes a measure on imports', () => {
  it('splits a sentence glued to a capitalised word when a word that opens sentences follows', () => {
    const text = 'Supplies came from Chile.As per a notice, it is 15%. See News.Az today. Beijing.The side spoke.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Supplies came from Chile.',
      'As per a notice, it is 15%.',
      'See News.Az today.',
      'Beijing.',
      'The side spoke.',
    ]);
  });

  it('is the partner’s rate on that origin', () => {
    expect(articleRates(ARTICLE, '2026-09-01')).toEqual(['Peru → Chile 15% scheduled']);
  });

  it('is no US rate on Chile when asked through /tariff', async () => {
    const corpus = newCorpus('console-measure-named-first-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', ARTICLE);
    expect(await embedsText(corpus, '/tariff chile')).not.toMatch(/United States → Chile.*15%/);
  });

  it('keeps a US rate after a sentence in which a partner imposes on no one named', () => {
    const rates = articleRates(
      [
        'Peru rolled out a new trade measure on Monday, imposing safeguard duties on copper imports.',
        'Washington charges 15% on goods from Chile.',
      ],
      '2026-09-01',
    );
    expect(rates).toEqual(['United States → Chile 15% current']);
  });
});
