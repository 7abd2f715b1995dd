import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';

/** "imposer → target percent status" for each statement of an article made of `paragraphs`, read as the corpus reads it. */
export function articleRates(paragraphs: string[], published = '2025-06-02'): string[] {
  const corpus = mkdtempSync(join(tmpdir(), 'rates-article-'));
  writeFileSync(
    join(corpus, `${published}-story.md`),
    ['---', 'title: Tariff story', 'outlet: Harbor Wire', `published: ${published}`, '---', '', ...paragraphs, ''].join(
      '\n\n',
    ),
  );
  return loadCorpus(corpus)
    .articles.flatMap(extractRates)
    .map((r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`);
}
