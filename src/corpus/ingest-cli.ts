/**
 * `npm run ingest -- [--corpus DIR] [--date YYYY-MM-DD] [--title T] [--outlet O] [--url U] [--author A] FILE-OR-URL...`
 * Turns raw article text, or the article of a web page, into corpus files and prints each path
 * written (or already there). Warnings and failures go to stderr, one line each.
 */
import { readFileSync } from 'node:fs';
import { commandLine } from '../config/command-line.ts';
import { defaultCorpusDir } from '../config/corpus-dir.ts';
import { loadConfigOrReport } from '../config/env.ts';
import { fetcherFromConfig } from '../fetch/from-config.ts';
import type { PoliteFetcher } from '../fetch/polite-fetcher.ts';
import { fetchArticle } from '../web/fetch-article.ts';
import { CorpusIdentity } from './identity.ts';
import { prepareArticle, writeArticle, type Prepared } from './ingest.ts';
import { articleIdOf, loadArticle, loadCorpus } from './load.ts';

const USAGE =
  'usage: npm run ingest -- [--corpus DIR] [--date YYYY-MM-DD] [--title T] [--outlet O] [--url U] [--author A] FILE-OR-URL...';
const isUrl = (arg: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);

async function main(): Promise<number> {
  const args = commandLine(
    USAGE,
    {
      corpus: { type: 'string' },
      date: { type: 'string' },
      title: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      author: { type: 'string' },
    },
    { positionals: true },
  );
  if ('exitCode' in args) return args.exitCode;
  const { values, positionals } = args;
  if (positionals.length === 0) {
    console.error(USAGE);
    return 1;
  }
  const corpusDir = values.corpus ?? defaultCorpusDir();
  const { date, title, outlet, url, author } = values;
  const meta = { date, title, outlet, url, author };
  let fetcher: PoliteFetcher | undefined;
  let identity: CorpusIdentity | undefined;
  let failed = 0;
  for (const source of positionals) {
    let prepared: Prepared;
    if (isUrl(source)) {
      if (!fetcher) {
        const config = loadConfigOrReport();
        if (!config) return 1;
        const made = fetcherFromConfig(config);
        if ('error' in made) {
          console.error(made.error);
          return 1;
        }
        fetcher = made;
      }
      prepared = await fetchArticle(source, fetcher, meta, { origin: 'link', added: new Date().toISOString() });
    } else {
      let raw: string;
      try {
        raw = readFileSync(source, 'utf8');
      } catch (error) {
        console.error(`${source}: cannot read: ${(error as Error).message}`);
        failed++;
        continue;
      }
      prepared = prepareArticle(source, raw, meta, { origin: 'file', added: new Date().toISOString() });
    }
    if (!prepared.ok) {
      console.error(prepared.error);
      failed++;
      continue;
    }
    for (const warning of prepared.warnings) console.error(`warning: ${warning}`);
    identity ??= CorpusIdentity.of(loadCorpus(corpusDir).articles);
    const result = writeArticle(corpusDir, prepared.article, identity);
    if (!result.duplicate) {
      const loaded = loadArticle(result.path, articleIdOf(result.path));
      if ('article' in loaded) identity.add({ ...loaded.article, file: result.path }, prepared.article.paragraphs);
    }
    console.log(
      result.alsoAdded
        ? `${result.path} (already in the corpus; ${prepared.article.frontMatter.outlet} recorded as also carrying it)`
        : result.duplicate
          ? `${result.path} (already in the corpus, nothing written)`
          : result.path,
    );
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
