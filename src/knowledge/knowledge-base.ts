import type { Article, Passage } from '../corpus/article.ts';
import type { FileProblem } from '../corpus/front-matter.ts';
import { loadCorpus, type LoadedCorpus } from '../corpus/load.ts';
import { buildPassageIndex, type PassageIndex } from '../search/passage-index.ts';

/** Everything the commands know: the articles, their passages, the index, and what was extracted from them. */
export interface KnowledgeBase {
  corpusDir: string;
  /** Newest first. */
  articles: Article[];
  articleById: Map<string, Article>;
  passages: Passage[];
  passageById: Map<string, Passage>;
  index: PassageIndex;
  /** Files that were skipped, with why. */
  problems: FileProblem[];
}

/** Builds the knowledge base from loaded articles. */
export function buildKnowledgeBase(corpusDir: string, corpus: LoadedCorpus): KnowledgeBase {
  const { articles, problems } = corpus;
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const passages = articles.flatMap((a) => a.passages);
  const published = (articleId: string) => articleById.get(articleId)?.published ?? '';
  return {
    corpusDir,
    articles,
    articleById,
    passages,
    passageById: new Map(passages.map((p) => [p.id, p])),
    index: buildPassageIndex(passages, published),
    problems,
  };
}

/** Loads the corpus folder and builds its knowledge base. */
export function loadKnowledgeBase(corpusDir: string): KnowledgeBase {
  return buildKnowledgeBase(corpusDir, loadCorpus(corpusDir));
}
