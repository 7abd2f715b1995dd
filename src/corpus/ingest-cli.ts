/**
 * `npm run ingest -- [--corpus DIR] [--date YYYY-MM-DD] [--title T] [--outlet O] [--url U] [--author A] FILE...`
 * Turns raw article text into corpus files and prints each path written (or already there).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultCorpusDir } from '../config/corpus-dir.ts';
import { prepareArticle, writeArticle } from './ingest.ts';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      corpus: { type: 'string' },
      date: { type: 'string' },
      title: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      author: { type: 'string' },
    },
  });
  if (positionals.length === 0) {
    console.error('usage: npm run ingest -- [--corpus DIR] [--date YYYY-MM-DD] [--title T] [--outlet O] [--url U] [--author A] FILE...');
    return 1;
  }
  const corpusDir = values.corpus ?? defaultCorpusDir();
  let failed = 0;
  for (const file of positionals) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot read: ${(error as Error).message}`);
      failed++;
      continue;
    }
    const prepared = prepareArticle(file, raw, values);
    if (!prepared.ok) {
      console.error(prepared.error);
      failed++;
      continue;
    }
    const result = writeArticle(corpusDir, prepared.article);
    console.log(result.duplicate ? `${result.path} (already in the corpus, nothing written)` : result.path);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
