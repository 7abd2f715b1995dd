/** A sentence inside a passage: character offsets into `Passage.text` (end exclusive). */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** One paragraph of an article: the unit the index searches and every citation points at. */
export interface Passage {
  /** `${articleId}#${paragraph}`: stable across rebuilds as long as the article is unchanged. */
  id: string;
  articleId: string;
  /** 1-based paragraph number within the article. */
  paragraph: number;
  text: string;
  /** Sentence boundaries, kept for the extractors (quotes, rates, deadlines). */
  sentences: SentenceSpan[];
}

/** A validated article of the corpus. */
export interface Article {
  /** The file's slug (its name without `.md`). */
  id: string;
  title: string;
  outlet: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  url?: string;
  author?: string;
  /** How it came in (absent: a file); see `FrontMatterSchema`. */
  origin?: 'file' | 'link' | 'feed';
  feed?: string;
  added?: string;
  also?: { outlet: string; url?: string }[];
  /** Path of the source file, relative to the working directory when it was loaded. */
  file: string;
  passages: Passage[];
}

/** What a citation needs to say about an article. */
export type ArticleRef = Pick<Article, 'id' | 'title' | 'outlet' | 'published' | 'url'>;

export function articleRef(article: Article): ArticleRef {
  const { id, title, outlet, published, url } = article;
  return url ? { id, title, outlet, published, url } : { id, title, outlet, published };
}

/** The text of one sentence of a passage. */
export function sentenceText(passage: Passage, span: SentenceSpan): string {
  return passage.text.slice(span.start, span.end);
}
