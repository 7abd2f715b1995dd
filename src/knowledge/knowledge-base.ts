import type { Article, Passage } from '../corpus/article.ts';
import type { FileProblem } from '../corpus/front-matter.ts';
import { loadCorpus, type LoadedCorpus } from '../corpus/load.ts';
import {
  buildPassageIndex,
  loadPassageIndex,
  type ArticleFields,
  type PassageIndex,
  type SerializedPassageIndex,
} from '../search/passage-index.ts';
import { articleLead } from '../search/article-context.ts';
import { extract, type Extracted } from './extract.ts';

/**
 * Everything the commands know: the articles, their passages, the index, and what was extracted
 * from them (see `extract.ts`, where each extractor adds its field).
 */
export interface KnowledgeBase extends Extracted {
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

/** The serializable parts a knowledge base is assembled from: what the index cache stores. */
export interface KnowledgeParts {
  articles: Article[];
  problems: FileProblem[];
  extracted: Extracted;
  /** A saved index; built from the passages when absent. */
  index?: SerializedPassageIndex;
}

/** Assembles a knowledge base from its parts, building the index unless a saved one is given. */
export function assembleKnowledgeBase(
  corpusDir: string,
  { articles, problems, extracted, index }: KnowledgeParts,
): KnowledgeBase {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const passages = articles.flatMap((a) => a.passages);
  // Once per article: the search asks for these of every candidate passage it ranks. Keyed by the
  // article itself, so that one replaced live is read anew.
  const fieldsOf = new WeakMap<Article, ArticleFields>();
  const articleOf = (articleId: string): ArticleFields => {
    const article = articleById.get(articleId);
    if (!article) return { published: '', title: '', lead: '' };
    let fields = fieldsOf.get(article);
    if (!fields) {
      fields = { published: article.published, title: article.title, lead: articleLead(article.passages) };
      fieldsOf.set(article, fields);
    }
    return fields;
  };
  return {
    corpusDir,
    articles,
    articleById,
    passages,
    passageById: new Map(passages.map((p) => [p.id, p])),
    index: index ? loadPassageIndex(index, passages, articleOf) : buildPassageIndex(passages, articleOf),
    problems,
    ...extracted,
  };
}

/** Builds the knowledge base from loaded articles: index and extraction. */
export function buildKnowledgeBase(corpusDir: string, corpus: LoadedCorpus): KnowledgeBase {
  return assembleKnowledgeBase(corpusDir, { ...corpus, extracted: extract(corpus.articles) });
}

/** Loads the corpus folder and builds its knowledge base, with no cache. */
export function loadKnowledgeBase(corpusDir: string): KnowledgeBase {
  return buildKnowledgeBase(corpusDir, loadCorpus(corpusDir));
}
