/** `npm run corpus:check [-- --corpus DIR]`: lists every problem in the corpus, exits 1 if there is any. */
import { commandLine } from '../config/command-line.ts';
import { defaultCorpusDir } from '../config/corpus-dir.ts';
import { loadCorpus } from './load.ts';

function main(): number {
  const args = commandLine('usage: npm run corpus:check [-- --corpus DIR]', { corpus: { type: 'string' } });
  if ('exitCode' in args) return args.exitCode;
  const corpusDir = args.values.corpus ?? defaultCorpusDir();
  try {
    const { articles, problems } = loadCorpus(corpusDir);
    for (const p of problems) console.log(`${p.file}:${p.line}: ${p.message}`);
    const passages = articles.reduce((n, a) => n + a.passages.length, 0);
    console.log(
      `${corpusDir}: ${articles.length} articles, ${passages} passages, ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    );
    return problems.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`${corpusDir}: cannot read the corpus: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
