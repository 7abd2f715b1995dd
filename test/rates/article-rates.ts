import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates, sentenceRates } from '../../src/rates/extract.ts';
import type { RateStatement } from '../../src/rates/rate-statement.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';

/** A new corpus holding one article made of `paragraphs`, published on `published`. */
export function storyCorpus(paragraphs: string[], published = '2025-06-02'): string {
  const corpus = newCorpus('rates-article-');
  writeArticle(corpus, `${published}-story`, 'Tariff story', published, paragraphs);
  return corpus;
}

/** "imposer → target percent status" for each statement of an article made of `paragraphs`, read as the corpus reads it. */
export function articleRates(paragraphs: string[], published = '2025-06-02'): string[] {
  return loadCorpus(join(storyCorpus(paragraphs, published), 'articles'))
    .articles.flatMap(extractRates)
    .map(rateLine);
}

/** "imposer → target percent on goods" for each statement of an article made of `paragraphs`. */
export function articleRateGoods(paragraphs: string[], published = '2025-06-02'): string[] {
  return loadCorpus(join(storyCorpus(paragraphs, published), 'articles'))
    .articles.flatMap(extractRates)
    .map((r) => `${r.imposer} → ${r.target} ${r.percent}% on ${r.products?.join(', ') ?? 'goods in general'}`);
}

/** "imposer → target percent status" for each statement of one sentence published on `published`. */
export function sentenceRateLines(sentence: string, published: string): string[] {
  return sentenceRates(sentence, published, () => []).map(rateLine);
}

const rateLine = (r: Pick<RateStatement, 'imposer' | 'target' | 'percent' | 'status'>) =>
  `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`;
