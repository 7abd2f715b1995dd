import type { Article } from '../corpus/article.ts';
import { CorpusIdentity } from '../corpus/identity.ts';
import { articleIdOf, displayPath, loadArticle } from '../corpus/load.ts';
import type { Logger } from '../log/logger.ts';
import { addArticle } from './add-article.ts';
import { saveKnowledgeCache } from './cache.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/** Tells the other processes serving the same corpus (the other shards) that files were added. */
export type Relay = (paths: string[]) => void;

/**
 * The running knowledge base as articles arrive (a link, a feed item): each new corpus file is
 * loaded and added to the index and the extracted data at once, without a rebuild, and the other
 * shards are told to add the same files; the cache is saved once a batch is in.
 */
export class LiveCorpus {
  private identities = new WeakMap<readonly Article[], CorpusIdentity>();

  constructor(
    readonly kb: KnowledgeBase,
    private readonly cacheDir: string,
    private readonly log: Logger,
    private readonly relay?: Relay,
  ) {}

  get corpusDir(): string {
    return this.kb.corpusDir;
  }

  /** The corpus's articles by text and URL (rebuilt after a `/reload` replaced them). */
  identity(): CorpusIdentity {
    let identity = this.identities.get(this.kb.articles);
    if (!identity) this.identities.set(this.kb.articles, (identity = CorpusIdentity.of(this.kb.articles)));
    return identity;
  }

  /**
   * Adds article files just written to the corpus folder (or whose front matter changed) to the
   * running knowledge base; `relay: false` when another shard already wrote them and saved the cache.
   */
  addFiles(paths: readonly string[], { relay = true }: { relay?: boolean } = {}): Article[] {
    const added: Article[] = [];
    for (const path of paths) {
      const loaded = loadArticle(path, articleIdOf(path));
      if ('problems' in loaded) {
        for (const p of loaded.problems) this.log.warn({ file: path, line: p.line }, `not added: ${p.message}`);
        continue;
      }
      const article = { ...loaded.article, file: displayPath(path) };
      const identity = this.identity();
      addArticle(this.kb, article);
      identity.add(
        article,
        article.passages.map((p) => p.text),
      );
      this.identities.set(this.kb.articles, identity);
      added.push(article);
      this.log.info({ article: article.id, passages: article.passages.length }, 'article added to the index');
    }
    if (added.length > 0 && relay) this.relay?.(added.map((a) => a.file));
    return added;
  }

  /** Saves the index cache: once after a batch of `addFiles`, by the process that wrote the files. */
  saveCache(): void {
    saveKnowledgeCache(this.kb, this.cacheDir, this.log);
  }
}
