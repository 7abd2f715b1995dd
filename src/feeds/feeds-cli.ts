/**
 * `npm run feeds -- --once [--corpus DIR]`: polls every feed of `DIR/feeds.yaml` once and ingests
 * what is new, one line per new article on stdout, one per failure on stderr (exit 1 if any).
 */
import { commandLine } from '../config/command-line.ts';
import { defaultCorpusDir } from '../config/corpus-dir.ts';
import { loadConfigOrReport } from '../config/env.ts';
import { CorpusIdentity } from '../corpus/identity.ts';
import { articleIdOf, loadArticle, loadCorpus } from '../corpus/load.ts';
import { fetcherFromConfig } from '../fetch/from-config.ts';
import { openStoreOrReport } from '../store/store.ts';
import { readFeeds } from './feeds-file.ts';
import { pollFeeds } from './poll.ts';
import { movedUrls } from './moved-urls.ts';

const USAGE =
  'usage: npm run feeds -- --once [--corpus DIR]   (the running bot polls by itself every FEED_POLL_MINUTES)';

async function main(): Promise<number> {
  const args = commandLine(USAGE, { once: { type: 'boolean' }, corpus: { type: 'string' } });
  if ('exitCode' in args) return args.exitCode;
  const { values } = args;
  if (!values.once) {
    console.error(USAGE);
    return 1;
  }
  const config = loadConfigOrReport();
  if (!config) return 1;
  const corpusDir = values.corpus ?? defaultCorpusDir();
  const listed = readFeeds(corpusDir);
  if ('error' in listed) {
    console.error(listed.error);
    return 1;
  }
  const store = await openStoreOrReport(config);
  if (!store) return 1;
  try {
    const fetcher = fetcherFromConfig(config, movedUrls(store.feeds));
    if ('error' in fetcher) {
      console.error(fetcher.error);
      return 1;
    }
    const identity = CorpusIdentity.of(loadCorpus(corpusDir).articles);
    const lines = await pollFeeds(listed.feeds, {
      corpusDir,
      fetcher,
      feeds: store.feeds,
      identity: () => identity,
      onWritten: (path) => {
        const loaded = loadArticle(path, articleIdOf(path));
        if ('article' in loaded)
          identity.add(
            { ...loaded.article, file: path },
            loaded.article.passages.map((p) => p.text),
          );
      },
      now: Date.now,
    });
    for (const line of lines) {
      if (line.kind === 'error') console.error(`${line.feed}: ${line.text}`);
      else console.log(line.text);
    }
    return lines.some((l) => l.kind === 'error') ? 1 : 0;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
