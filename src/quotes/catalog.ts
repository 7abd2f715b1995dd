import type { Article } from '../corpus/article.ts';
import { attributeQuotes, type ArticleQuote } from './attribute.ts';
import type { Quote, QuoteCatalog } from './quote.ts';
import { mergeSpeakers } from './speakers.ts';
import { foldAccents } from '../text/accents.ts';

/** The same words, however they were punctuated or cased. */
export function textKey(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A quotation this short ("huge deal") is common words: it is one quotation with another only when their speakers agree. */
const MIN_SHARED_WORDS = 5;

/**
 * Every quotation of the corpus with its speaker: each article read on its own, then speakers
 * merged across articles, then the same quotation in several articles made one entry with all its
 * citations (unless two articles give it to different speakers). Linear in the corpus size.
 */
export function extractQuotes(articles: readonly Article[]): QuoteCatalog {
  const ordered = [...articles].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  const found = ordered.map(attributeQuotes);
  const index = mergeSpeakers(
    found.map((f) => f.speakers),
    found.map((f) => f.people),
  );
  const quotes: Quote[] = [];
  const byText = new Map<string, Quote[]>();
  found.forEach((article, a) => {
    const articleId = (ordered[a] as Article).id;
    for (const q of article.quotes)
      addQuote(quotes, byText, q, q.speaker === null ? null : index.keyOf(a, q.speaker), articleId);
  });
  const quoted = new Set(quotes.map((q) => q.speaker));
  return { speakers: index.speakers.filter((s) => quoted.has(s.key)), quotes };
}

/**
 * Adds one quotation of article `articleId`, said by `speaker` (a key, or null), to `quotes`: the
 * same words already there become one entry with both citations, unless two speakers are named
 * (or, for a short quotation, unless the speakers agree).
 */
export function addQuote(
  quotes: Quote[],
  byText: Map<string, Quote[]>,
  q: ArticleQuote,
  speaker: string | null,
  articleId: string,
): void {
  const citation = { articleId, paragraph: q.paragraph, lastParagraph: q.lastParagraph };
  const key = textKey(q.text);
  const same = byText.get(key) ?? [];
  const short = key.split(' ').length < MIN_SHARED_WORDS;
  const match = same.find((e) => e.speaker === speaker || (!short && (e.speaker === null || speaker === null)));
  if (!match) {
    const quote: Quote = {
      text: q.text,
      speaker,
      partial: q.partial,
      rule: q.rule,
      confidence: q.confidence,
      citations: [citation],
    };
    quotes.push(quote);
    if (same.length === 0) byText.set(key, same);
    same.push(quote);
    return;
  }
  match.citations.push(citation);
  if (speaker !== null && (match.speaker === null || q.confidence > match.confidence))
    Object.assign(match, { speaker, rule: q.rule, confidence: q.confidence });
}
