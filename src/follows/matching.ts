import type { Article, Passage } from '../corpus/article.ts';
import { countryMentions } from '../geo/mentions.ts';
import type { Quote } from '../quotes/quote.ts';
import { documentTerms, queryTerms } from '../search/analyzer.ts';
import type { FollowRow } from '../store/follows.ts';

/**
 * Whether a new article is about what a follow names. Every criterion it gives must hold (a
 * country, a speaker and words narrow each other): the country named in the article, a quotation
 * by the speaker in it, every word of `words` (as the search folds words: "tariffs" finds
 * "tariff") in one paragraph. The passage shown is the one that holds the most of them: the
 * quotation's paragraph for a speaker, else the first paragraph with the words and the country.
 */
export interface ArticleMatch {
  passage: Passage;
  /** The followed speaker's quotation in the article. */
  quote?: Quote;
}

/** The quotations of the batch's new articles, by article (one pass over the catalog). */
export function quotesByArticle(quotes: readonly Quote[], articleIds: ReadonlySet<string>): Map<string, Quote[]> {
  const byArticle = new Map<string, Quote[]>();
  for (const q of quotes)
    for (const c of q.citations)
      if (articleIds.has(c.articleId)) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), q]);
  return byArticle;
}

export function matchArticle(
  follow: Pick<FollowRow, 'country' | 'speaker' | 'words'>,
  article: Article,
  quotes: readonly Quote[],
): ArticleMatch | undefined {
  const names = (p: Passage) => countryMentions(p.text).some((m) => m.country === follow.country);
  const wanted = follow.words ? queryTerms(follow.words) : [];
  const hasWords = (p: Passage) => {
    const terms = new Set(documentTerms(p.text));
    return wanted.every((t) => terms.has(t));
  };
  if (follow.country && !countryMentions(article.title).some((m) => m.country === follow.country))
    if (!article.passages.some(names)) return undefined;
  const withWords = follow.words ? article.passages.filter(hasWords) : article.passages;
  if (withWords.length === 0) return undefined;
  if (follow.speaker) {
    const quote =
      quotes.find((q) => q.speaker === follow.speaker && !q.partial) ??
      quotes.find((q) => q.speaker === follow.speaker);
    const at = quote?.citations.find((c) => c.articleId === article.id)?.paragraph;
    const passage = article.passages.find((p) => p.paragraph === at);
    return quote && passage ? { passage, quote } : undefined;
  }
  const passage = (follow.country ? withWords.find(names) : undefined) ?? withWords[0]!;
  return { passage };
}
