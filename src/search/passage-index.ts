import MiniSearch from 'minisearch';
import type { Passage } from '../corpus/article.ts';
import { COUNTRY_TERMS, documentTerms, GOODS_KINDS, questionTerms, REGION_MEMBERS } from './analyzer.ts';
import {
  AMOUNT_NAMES,
  answerKindsOf,
  COUNTRIES_NAMES,
  DURATION_NAMES,
  asksDuration,
  statementSubject,
  asksPaid,
  asksWhetherPaid,
  answersHeld,
  statementSpeaker,
  PAID_NAMES,
  PAYER_NAMES,
  RANK_NAMES,
  REACTION_NAMES,
  type AnswerKind,
} from './answer-kind.ts';
import { articleContext } from './article-context.ts';
import { isHeading } from '../text/headings.ts';
import { isCaption } from '../text/captions.ts';
import { isKeywordLine } from '../text/keyword-lines.ts';
import { packIndex, unpackIndex, type PackedIndex } from './index-layout.ts';
import {
  Best,
  bitCount,
  derivedTerms,
  docsHolding,
  documentId,
  holds,
  scoreField,
  shortIdOf,
  termsHeld,
  type FieldScores,
} from './postings.ts';
import { mayRank } from './pruning.ts';
import { withBarePercents } from './bare-percent.ts';
import { spellingCorrector } from './spelling.ts';
import { timeFocusOf, type TimeFocus } from './time-focus.ts';

/** Tuning of the passage search; the code of this file is part of the index cache key. */
export const SEARCH_TUNING = {
  /** Edit distance allowed for a misspelt query word that `spelling.ts` could not correct, as a fraction of its length (MiniSearch's `fuzzy`). */
  fuzzy: 0.2,
  /** Fuzzy matching is for words the corpus does not have, and only from this length on (short words match too much). */
  fuzzyMinLength: 5,
  /** A word the corpus does not have may be the start of one ("negotiat…"), from this length on. */
  prefixMinLength: 4,
  /**
   * A passage must match at least this share of the query's words to count as relevant (one word in
   * three); each kind of answer the question asks for that it holds counts as a word ("what rate does
   * Thailand hope to end up with" leaves out its word for the rate, which the passage's rate answers).
   */
  minCoverage: 0.33,
  /** …and score at least this share of the best passage's score. */
  minRelativeScore: 0.25,
  /** Scores within this fraction of each other are a tie, broken by the newer article. */
  tieTolerance: 0.01,
  /**
   * A term in more than this share of the passages, and in more than `commonMinPassages` of them,
   * is common ("tariff" in trade news). Scoring every passage that holds one is what makes a search
   * slow on a large corpus, and it says little about relevance: a query that also has rarer terms
   * searches with those, and common terms only re-rank the best candidates.
   */
  commonShare: 0.05,
  commonMinPassages: 2000,
  /** How many of the best candidates are ranked further (common terms, then the tie-break by date). */
  rerankCandidates: 60,
  /**
   * A passage also scores for its article's title and lead (first paragraph), which often name the
   * subject a later paragraph leaves out; they count less than the passage's own words. Titles and
   * leads are indexed once per article, not on every passage, and their score is added to each
   * passage of the article.
   */
  boost: { text: 1, title: 0.4, lead: 0.25 },
  /** A question about the present ("now", "still", "latest"): the newest articles count this much more… */
  nowBoost: 0.5,
  /**
   * …and the extra weight halves every this many days before the newest article: of the partner the
   * question names, if it names one (its present is its latest news, whatever came later elsewhere).
   */
  nowHalfLifeDays: 60,
  /** A question naming a month or a date: articles of that time count this much more. */
  periodBoost: 0.3,
  /**
   * Two question words side by side in a passage as in the question ("export controls", a person's
   * name, "negotiations with other countries") add this many times the rarer one's weight.
   */
  adjacencyBoost: 3,
  /** …among this many of the best candidates (analysing a passage's words in order costs time). */
  adjacencyCandidates: 10,
  /**
   * A question asking for an amount ("how high", "what rate") or a time ("when"): a passage that
   * states one counts this much more, once for each kind asked that it holds ("how high might the
   * tariffs have climbed?": an amount, and what would have been; see `answer-kind.ts`)…
   */
  answerKindBoost: 0.5,
  /**
   * …among this many of the best candidates. Outlets print the same agency paragraph word for word,
   * and each copy is a candidate: ten were often a few paragraphs said twice or thrice, and the
   * answer of the kind asked, sharing fewer of the question's words, sat just below them.
   */
  answerKindCandidates: 20,
  /**
   * A heading passage (a page's subheading, a question heading a section) names a subject and
   * answers nothing; its words already count for the paragraph under it (`article-context.ts`).
   * A photo's caption names the story's people and answers nothing either, nor does a page's
   * keyword line (`keyword-lines.ts`), which names every subject at once.
   */
  headingWeight: 0.5,
  /**
   * A question naming a trading partner ("what levy had Washington raised Swiss imports to") asks
   * about it: a passage whose text, title and lead name none of the partners it names is about
   * another country's story ("in early August he hiked the rate for dozens of economies", in a story
   * on Japan), however many other words it shares.
   */
  otherCountryWeight: 0.5,
  /**
   * A question naming goods a tariff can be limited to ("when do the semiconductor tariffs start")
   * asks about that sector: a passage of an article that names no goods of its kind is another
   * sector's story ("Japanese autos will face 15% from Tuesday"), however many other words it shares.
   * A paragraph of the sector's own story may leave the goods to its neighbours ("how did the loonie
   * do after the lumber levy": the currency's paragraph of the lumber story).
   */
  otherGoodsWeight: 0.5,
  /**
   * A question asking what someone said about something ("what did Ottawa say about the quotas"): a
   * passage holding none of the subject's words is their words on something else.
   */
  otherSubjectWeight: 0.5,
  /**
   * …and a passage naming the speaker only inside a quotation is someone else's words about them
   * ("out of respect for Prime Minister Modi, we agreed …", posted Trump), not theirs.
   */
  quotedSpeakerWeight: 0.5,
  /**
   * A country where the question names its region ("the South American country" of Peru) counts
   * this much of a match of the region's own name.
   */
  regionWeight: 0.8,
} as const;

export interface PassageHit {
  passage: Passage;
  score: number;
  /** The document terms that matched, for highlighting. */
  terms: string[];
}

export interface PassageIndex {
  /** The best relevant passages, best first; empty when nothing is relevant enough. */
  search(query: string, options?: { limit?: number }): PassageHit[];
  /** The raw MiniSearch index of the passages' text (the benchmark compares against it). */
  readonly miniSearch: MiniSearch<IndexedPassage>;
  /** Serializable form, for the index cache: `passages` in the order `loadPassageIndex` will be given them. */
  toJSON(passages: readonly Passage[]): SerializedPassageIndex;
  /** Indexes new passages (of a new article) without rebuilding the rest. */
  add(passages: readonly Passage[]): void;
}

interface IndexedPassage {
  id: string;
  text: string;
}

/** An article's title and lead, indexed once for all its passages. */
interface IndexedArticle {
  id: string;
  title: string;
  lead: string;
}

/** What the index needs of a passage's article: its date, title and lead. */
export interface ArticleFields {
  published: string;
  title: string;
  /** The lead paragraph's text (`articleLead`). */
  lead: string;
}

export type ArticleFieldsOf = (articleId: string) => ArticleFields;

/** The lead counts for every passage of its article but the lead paragraph itself. */
const leadOf = (passage: Passage, articleOf: ArticleFieldsOf) => {
  const { lead } = articleOf(passage.articleId);
  return passage.text === lead ? '' : lead;
};

/** The article documents of `passages` not yet in `known` (which they are added to). */
function newArticles(passages: readonly Passage[], articleOf: ArticleFieldsOf, known: Set<string>): IndexedArticle[] {
  const documents: IndexedArticle[] = [];
  for (const { articleId } of passages) {
    if (known.has(articleId)) continue;
    known.add(articleId);
    const { title, lead } = articleOf(articleId);
    documents.push({ id: articleId, title, lead });
  }
  return documents;
}

export interface SerializedPassageIndex {
  /** The index of the passages' text; its documents are positions in the passages. */
  miniSearch: PackedIndex;
  /** The index of the articles' titles and leads; its documents are positions in the passages' articles. */
  articles: PackedIndex;
  /** Every term with the number of passages that hold it: fuzzy and prefix matching are spent only on words not among them, and the counts tell common terms. */
  terms: [string, number][];
}

/** Whether MiniSearch expands `term` to words like it (a word the corpus does not have), or takes it as it is. */
function expansions(passagesWith: ReadonlyMap<string, number>) {
  const unknown = (term: string) => !passagesWith.has(term) && !/^\d/.test(term);
  return {
    fuzzy: (term: string) =>
      unknown(term) && term.length >= SEARCH_TUNING.fuzzyMinLength ? SEARCH_TUNING.fuzzy : false,
    prefix: (term: string) => unknown(term) && term.length >= SEARCH_TUNING.prefixMinLength,
  };
}

function miniSearchOptions(passagesWith: ReadonlyMap<string, number>, fields: string[]) {
  return {
    fields,
    storeFields: [],
    tokenize: (text: string) => analysed.get(text) ?? documentTerms(text),
    processTerm: (term: string) => term,
    searchOptions: {
      // Queries reach MiniSearch already analysed (see `search`), as terms joined by spaces.
      tokenize: (terms: string) => terms.split(' '),
      processTerm: (term: string) => term,
      boost: SEARCH_TUNING.boost,
      ...expansions(passagesWith),
    },
  };
}

/**
 * The text documents of passages: each one's text with what its article adds to it (see
 * `article-context.ts`), beside its passage.
 */
function textDocumentsOf(
  passages: readonly Passage[],
  articleOf: ArticleFieldsOf,
): { passage: Passage; document: IndexedPassage }[] {
  const byArticle = new Map<string, Passage[]>();
  for (const p of passages) {
    const group = byArticle.get(p.articleId);
    if (group) group.push(p);
    else byArticle.set(p.articleId, [p]);
  }
  return [...byArticle.values()].flatMap((paragraphs) => {
    const context = articleContext(paragraphs, articleOf(paragraphs[0]!.articleId).published);
    return paragraphs.map((passage) => {
      const extra = context.get(passage.id);
      return { passage, document: { id: passage.id, text: extra ? `${passage.text}\n${extra}` : passage.text } };
    });
  });
}

/**
 * Texts analysed while passages are added, for MiniSearch's tokenizer to reuse: the vocabulary's
 * rewriting is most of a build, and each text would otherwise be analysed twice (see `addPassages`).
 */
const analysed = new Map<string, string[]>();

/** Indexes passages' text and counts, for every term, the passages whose text, title or lead hold it. */
function addPassages(
  miniSearch: MiniSearch<IndexedPassage>,
  passagesWith: Map<string, number>,
  passages: readonly Passage[],
  articleOf: ArticleFieldsOf,
): void {
  const documents = textDocumentsOf(passages, articleOf);
  // An article's title and lead are analysed once, not once per paragraph.
  const contextTerms = new Map<string, string[]>();
  try {
    for (const { passage, document } of documents) {
      let context = contextTerms.get(passage.articleId);
      if (!context) {
        const title = articleOf(passage.articleId).title;
        context = [...documentTerms(title), ...documentTerms(leadOf(passage, articleOf))];
        if (passage.paragraph !== 1) contextTerms.set(passage.articleId, context);
      }
      const terms = documentTerms(document.text);
      analysed.set(document.text, terms);
      for (const term of new Set([...terms, ...context])) passagesWith.set(term, (passagesWith.get(term) ?? 0) + 1);
    }
    miniSearch.addAll(documents.map((d) => d.document));
  } finally {
    analysed.clear();
  }
}

const passageIndexOptions = (passagesWith: ReadonlyMap<string, number>) => miniSearchOptions(passagesWith, ['text']);
const articleIndexOptions = (passagesWith: ReadonlyMap<string, number>) =>
  miniSearchOptions(passagesWith, ['title', 'lead']);

/**
 * Builds the passage index. This is the one place an index is made, so a cached, serialized index
 * (see `loadPassageIndex`) can stand in for it.
 */
export function buildPassageIndex(passages: readonly Passage[], articleOf: ArticleFieldsOf): PassageIndex {
  const passagesWith = new Map<string, number>();
  const miniSearch = new MiniSearch<IndexedPassage>(passageIndexOptions(passagesWith));
  addPassages(miniSearch, passagesWith, passages, articleOf);
  const articleIndex = new MiniSearch<IndexedArticle>(articleIndexOptions(passagesWith));
  articleIndex.addAll(newArticles(passages, articleOf, new Set()));
  return wrap({ miniSearch, articleIndex, passagesWith }, passages, articleOf);
}

/** Restores an index saved with `toJSON()`; the passages must be those it was built from. */
export function loadPassageIndex(
  saved: SerializedPassageIndex,
  passages: readonly Passage[],
  articleOf: ArticleFieldsOf,
): PassageIndex {
  const passagesWith = new Map(saved.terms);
  const miniSearch = unpackIndex<IndexedPassage>(
    saved.miniSearch,
    passages.map((p) => p.id),
    passageIndexOptions(passagesWith),
  );
  const articleIndex = unpackIndex<IndexedArticle>(
    saved.articles,
    articleIdsOf(passages),
    articleIndexOptions(passagesWith),
  );
  return wrap({ miniSearch, articleIndex, passagesWith }, passages, articleOf);
}

/** The ids of the passages' articles, each once, in the passages' order. */
const articleIdsOf = (passages: readonly Passage[]) => [...new Set(passages.map((p) => p.articleId))];

interface Indexes {
  miniSearch: MiniSearch<IndexedPassage>;
  articleIndex: MiniSearch<IndexedArticle>;
  passagesWith: Map<string, number>;
}

interface Candidate {
  passage: Passage;
  score: number;
  terms: string[];
  /** How many of the query's terms it holds. */
  matched: number;
  /** How many of the kinds of answer the question asks for it holds (see `withAnswerKind`). */
  answers?: number;
}

/**
 * A passage's or an article's share of a score: its BM25 sum (before MiniSearch's final factor, the
 * number of query terms matched), which query terms it matched (one bit each), and the index's
 * words it matched in place of a query term the corpus lacks.
 */
interface Part {
  score: number;
  mask: number;
  words: string[] | undefined;
}

/** Each document's part, by short id. */
const partsOf = ({ score, held, words }: FieldScores) =>
  new Map([...score].map(([doc, s]) => [doc, { score: s, mask: held.get(doc)!, words: words.get(doc) }]));

function wrap(
  { miniSearch, articleIndex, passagesWith }: Indexes,
  passages: readonly Passage[],
  articleOf: ArticleFieldsOf,
): PassageIndex {
  const byId = new Map(passages.map((p) => [p.id, p]));
  const indexedArticles = new Set(passages.map((p) => p.articleId));
  // Rebuilt after `add`, on the next search: new articles bring new words to correct towards.
  let corrector: ((term: string) => string | undefined) | undefined;
  const correct = (term: string) => (corrector ??= spellingCorrector(passagesWith))(term);
  const commonAbove = () => Math.max(SEARCH_TUNING.commonMinPassages, SEARCH_TUNING.commonShare * byId.size);
  const published = (p: Passage) => articleOf(p.articleId).published;
  /** A page's headline copied again as a paragraph (a long headline is no `isHeading`) is a heading too. */
  const repeatsTitle = (p: Passage) => sameWords(p.text, articleOf(p.articleId).title);
  /** The newest article date among `ps` ('' for none). */
  const newestOf = (ps: readonly Passage[]) => ps.reduce((max, p) => (published(p) > max ? published(p) : max), '');
  let newest = newestOf(passages);
  /** BM25's inverse document frequency: what a common term adds when a candidate holds it. */
  const idf = (term: string) => {
    const n = passagesWith.get(term) ?? 0;
    return Math.log(1 + (byId.size - n + 0.5) / (n + 0.5));
  };
  const expand = expansions(passagesWith);
  // By a passage's short id in the text index: the passage, its article's short id in the article
  // index and its date; by an article's short id, its passages' short ids. A search looks these up
  // for every passage it scores, where string ids would be hashed and compared.
  const passageAt: Passage[] = [];
  const articleAt: number[] = [];
  const publishedAt: string[] = [];
  const docsOfArticle: number[][] = [];
  const mapShortIds = (added: readonly Passage[]) => {
    for (const passage of added) {
      const doc = shortIdOf(miniSearch as MiniSearch<never>, passage.id);
      const article = shortIdOf(articleIndex as MiniSearch<never>, passage.articleId);
      if (doc === undefined || article === undefined) continue;
      passageAt[doc] = passage;
      articleAt[doc] = article;
      publishedAt[doc] = published(passage);
      (docsOfArticle[article] ??= []).push(doc);
    }
  };
  mapShortIds(passages);

  /**
   * The best candidates for `terms`: each passage's text score plus its article's title and lead
   * scores, summed and weighted by the number of query terms matched, as MiniSearch weighs its own.
   * Scored on MiniSearch's posting lists, keeping only the best (`postings.ts`): a common term's
   * passages are scored and dropped, not built into results and sorted. A passage whose text does
   * not match can still be a candidate through its article's title or lead; those come from the
   * best articles only, as many as candidates are kept (each such article has a passage scoring at
   * least its title and lead).
   */
  const candidatesFor = (terms: string[]): Candidate[] => {
    const derivedIn = (index: MiniSearch<never>) =>
      terms.map((t) => {
        // A region the question names is any of its countries, each a near match (`regionWeight`).
        const members = REGION_MEMBERS.get(t);
        return members
          ? members.flatMap((m) =>
              derivedTerms(index, m, false, false).map((d) => ({ ...d, weight: SEARCH_TUNING.regionWeight })),
            )
          : derivedTerms(index, t, expand.fuzzy(t), expand.prefix(t));
      });
    const articles = articleIndex as MiniSearch<never>;
    const text = miniSearch as MiniSearch<never>;
    const articleTerms = derivedIn(articles);
    // By the article's short id.
    const [title, lead] = (['title', 'lead'] as const).map((field) =>
      partsOf(scoreField(articles, field, articleTerms, SEARCH_TUNING.boost[field])),
    ) as [Map<number, Part>, Map<number, Part>];
    /**
     * What a passage gains from its article's title and lead. Paragraph 1 gains nothing from the
     * lead, even where lines above the story make a later paragraph the lead: leaving out the lead
     * paragraph instead found one question fewer on the development set's tuning half (stop 34).
     */
    const articleParts = (article: number, paragraph: number) =>
      [title.get(article), paragraph !== 1 ? lead.get(article) : undefined] as const;
    const best = new Best<Candidate>(SEARCH_TUNING.rerankCandidates);
    // Called for every passage that may enter the best: nothing is made unless it does.
    const offer = (doc: number, text: Part | undefined) => {
      const [passage, article] = [passageAt[doc]!, articleAt[doc]!];
      const [t, l] = articleParts(article, passage.paragraph);
      const sum = (text?.score ?? 0) + (t?.score ?? 0) + (l?.score ?? 0);
      const matched = bitCount((text?.mask ?? 0) | (t?.mask ?? 0) | (l?.mask ?? 0));
      best.offer(
        sum * Math.max(1, matched),
        () => publishedAt[doc]!,
        () => {
          const parts = [text, t, l];
          const held = parts.flatMap((part) => (part ? [...termsHeld(terms, part.mask), ...(part.words ?? [])] : []));
          // A query term the index lacks is shown by the words it matched.
          const words = held.filter((t) => passagesWith.has(t));
          return { passage, score: sum * Math.max(1, matched), terms: [...new Set(words)], matched };
        },
      );
    };
    const matchedArticles = [...new Set([...title.keys(), ...lead.keys()])];
    const topArticles = new Best<number>(SEARCH_TUNING.rerankCandidates);
    for (const article of matchedArticles)
      topArticles.offer(
        (title.get(article)?.score ?? 0) + (lead.get(article)?.score ?? 0),
        () => '',
        () => article,
      );
    const bestArticles = topArticles.items();
    // Passages of the best articles (by short id), until their text turns out to match.
    const byTitleOrLead = new Set(bestArticles.flatMap((article) => docsOfArticle[article] ?? []));
    const textTerms = derivedIn(text);
    const combined = (parts: readonly (Part | undefined)[]) =>
      parts.some(Boolean)
        ? {
            score: parts.reduce((sum, p) => sum + (p?.score ?? 0), 0),
            mask: parts.reduce((mask, p) => mask | (p?.mask ?? 0), 0),
          }
        : undefined;
    // Only the passages that may still enter the best are scored (`pruning.ts`), and those of the best articles.
    const bestSet = new Set(bestArticles);
    const kept = mayRank(text, 'text', textTerms, 1, SEARCH_TUNING.rerankCandidates, {
      of: (doc) => {
        const passage = passageAt[doc];
        return passage && combined(articleParts(articleAt[doc]!, passage.paragraph));
      },
      seeds: byTitleOrLead,
      parts: matchedArticles.flatMap((article) => (bestSet.has(article) ? [] : [combined(articleParts(article, 0))!])),
    });
    const docs = kept && [...new Set([...kept, ...byTitleOrLead])].sort((a, b) => a - b);
    const { score, held, words } = scoreField(text, 'text', textTerms, 1, docs);
    for (const [doc, s] of score) {
      if (!passageAt[doc]) continue;
      if (byTitleOrLead.size > 0) byTitleOrLead.delete(doc);
      offer(doc, { score: s, mask: held.get(doc)!, words: words.get(doc) });
    }
    for (const doc of byTitleOrLead) offer(doc, undefined);
    return best.items();
  };

  /** The articles whose title or any paragraph holds one of `terms`. */
  const articlesNaming = (terms: readonly string[]): Set<string> => {
    const found = new Set<string>();
    for (const term of terms) {
      for (const doc of docsHolding(miniSearch as MiniSearch<never>, 'text', term)) {
        const passage = passageAt[doc];
        if (passage) found.add(passage.articleId);
      }
      for (const doc of docsHolding(articleIndex as MiniSearch<never>, 'title', term)) {
        const article = documentId(articleIndex as MiniSearch<never>, doc);
        if (article) found.add(article);
      }
    }
    return found;
  };

  /** Candidates re-ranked by the common terms each one holds (in its title and lead at their boost). */
  const withCommonTerms = (candidates: Candidate[], common: string[]): Candidate[] =>
    candidates.map((c) => {
      const { id, articleId, paragraph } = c.passage;
      const weightOf = (t: string) =>
        holds(miniSearch as MiniSearch<never>, 'text', t, id)
          ? SEARCH_TUNING.boost.text
          : holds(articleIndex as MiniSearch<never>, 'title', t, articleId)
            ? SEARCH_TUNING.boost.title
            : paragraph !== 1 && holds(articleIndex as MiniSearch<never>, 'lead', t, articleId)
              ? SEARCH_TUNING.boost.lead
              : 0;
      const present = common.filter((t) => weightOf(t) > 0);
      return {
        ...c,
        score: c.score + present.reduce((sum, t) => sum + weightOf(t) * idf(t), 0),
        terms: [...c.terms, ...present],
        matched: c.matched + present.length,
      };
    });

  /** The best candidates gain for the question's words that stand side by side in them as in the question. */
  const withAdjacency = (candidates: Candidate[], terms: string[]): Candidate[] => {
    if (terms.length < 2) return candidates;
    const sorted = [...candidates].sort((a, b) => b.score - a.score);
    return sorted.map((c, i) => {
      if (i >= SEARCH_TUNING.adjacencyCandidates || c.matched < 2) return c;
      const pairs = adjacentPairs(terms, documentTerms(c.passage.text));
      const bonus = pairs.reduce((sum, [a, b]) => sum + SEARCH_TUNING.adjacencyBoost * Math.min(idf(a), idf(b)), 0);
      return { ...c, score: c.score + bonus };
    });
  };

  /**
   * The best candidates weighed up for each kind of answer the question asks for that they hold (an
   * amount other than the question's own, a time), which says more than one more shared word.
   */
  const withAnswerKind = (candidates: Candidate[], kinds: readonly AnswerKind[], terms: string[]): Candidate[] => {
    if (kinds.length === 0) return candidates;
    const named = new Set(terms);
    const sorted = [...candidates].sort((a, b) => b.score - a.score);
    return sorted.map((c, i) => {
      if (i >= SEARCH_TUNING.answerKindCandidates) return c;
      const held = answersHeld(kinds, c.passage.text, named);
      return held === 0 ? c : { ...c, score: c.score * (1 + SEARCH_TUNING.answerKindBoost) ** held, answers: held };
    });
  };

  /** Candidates for `terms`, weighed by time when the query has a time focus, relevant ones best first. */
  const rank = (
    terms: string[],
    kinds: readonly AnswerKind[],
    focus: TimeFocus | undefined,
    month: string | undefined,
    subject: readonly string[],
    speaker: readonly string[],
  ): Candidate[] => {
    /** A passage that names the month asked about speaks of it, whenever its article was published. */
    const namesMonth = (c: Candidate) =>
      month !== undefined && holds(miniSearch as MiniSearch<never>, 'text', month, c.passage.id);
    const passagesOf = (t: string) => passagesWith.get(t) ?? 0;
    // Rarest first: a query of common terms only is searched with its rarest one.
    const byRarity = [...terms].sort((a, b) => passagesOf(a) - passagesOf(b));
    // At most 30 (one bit each in `postings.ts`); a longer question's other terms only re-rank.
    const rare = byRarity.filter((t, i) => i === 0 || (i < 30 && passagesOf(t) <= commonAbove()));
    const common = byRarity.filter((t) => !rare.includes(t));
    const found = candidatesFor(rare);
    const candidates = withAnswerKind(
      withAdjacency(common.length > 0 ? withCommonTerms(found, common) : found, terms),
      kinds,
      terms,
    );
    const countries = partnersOf(terms);
    const naming = (c: Candidate) => countries.some((t) => c.terms.includes(t));
    const goods = goodsOf(terms);
    const goodsStories = goods.length > 0 ? articlesNaming(goods) : undefined;
    // The present of a question about a partner is its newest story, not the corpus's newest article.
    const latest =
      focus?.kind === 'now' && countries.length > 0
        ? newestOf(candidates.filter(naming).map((c) => c.passage)) || newest
        : newest;
    const timed = candidates.map((c) => {
      const weight =
        (countries.length > 0 && !naming(c) ? SEARCH_TUNING.otherCountryWeight : 1) *
        (goodsStories && !goodsStories.has(c.passage.articleId) ? SEARCH_TUNING.otherGoodsWeight : 1) *
        (subject.length > 0 && !subject.some((t) => c.terms.includes(t)) ? SEARCH_TUNING.otherSubjectWeight : 1) *
        (speaker.length > 0 && namesOnlyInQuotes(c.passage.text, speaker) ? SEARCH_TUNING.quotedSpeakerWeight : 1) *
        (focus ? timeWeight(focus, published(c.passage), latest, namesMonth(c)) : 1) *
        (isHeading(c.passage.text) ||
        repeatsTitle(c.passage) ||
        isCaption(c.passage.text) ||
        isKeywordLine(c.passage.text)
          ? SEARCH_TUNING.headingWeight
          : 1);
      return weight === 1 ? c : { ...c, score: c.score * weight };
    });
    const best = Math.max(0, ...timed.map((c) => c.score));
    return timed
      .filter(
        (c) =>
          (c.matched + (c.answers ?? 0)) / terms.length >= SEARCH_TUNING.minCoverage &&
          c.score >= best * SEARCH_TUNING.minRelativeScore,
      )
      .sort((a, b) => compareHits(a.score, b.score, published(a.passage), published(b.passage)));
  };

  return {
    miniSearch,
    search(typed, { limit = 3 } = {}) {
      const query = withBarePercents(typed);
      const kinds = answerKindsOf(query);
      // An amount question's name for the amount ("what tariff rate …") is the kind of answer, not its subject.
      let asked = kinds.includes('amount') || kinds.includes('rate') ? query.replace(AMOUNT_NAMES, ' ') : query;
      if (kinds.includes('reaction')) asked = asked.replace(REACTION_NAMES, ' ');
      if (kinds.includes('rank')) asked = asked.replace(RANK_NAMES, ' ');
      if (kinds.includes('payer')) asked = asked.replace(PAYER_NAMES, ' ');
      if (kinds.includes('countries')) asked = asked.replace(COUNTRIES_NAMES, ' ');
      if (asksDuration(query)) asked = asked.replace(DURATION_NAMES, ' ');
      if (asksPaid(query)) asked = asked.replace(PAID_NAMES, 'tariff');
      else if (asksWhetherPaid(query)) asked = asked.replace(PAID_NAMES, 'exempt');
      const focus = timeFocusOf(query, newest);
      const all = [...new Set(questionTerms(asked).map((t) => (REGION_MEMBERS.has(t) ? t : (correct(t) ?? t))))];
      // A month asked about is a time, weighed as one (`timeWeight`), not words to match.
      const month = focus?.kind === 'period' && focus.month ? questionTerms(focus.month) : [];
      const wanted = all.some((t) => !month.includes(t)) ? all.filter((t) => !month.includes(t)) : all;
      if (wanted.length === 0) return [];
      const subject = questionTerms(statementSubject(query) ?? '').filter(
        (t) => wanted.includes(t) && !TARIFF_TERMS.has(t),
      );
      const speaker = questionTerms(statementSpeaker(query) ?? '').filter((t) => wanted.includes(t));
      return distinct(rank(wanted, kinds, focus, month[0], subject, speaker), limit).map(hitOf);
    },
    toJSON: (order) => ({
      miniSearch: packIndex(
        miniSearch,
        order.map((p) => p.id),
      ),
      articles: packIndex(articleIndex, articleIdsOf(order)),
      terms: [...passagesWith],
    }),
    add(added) {
      for (const passage of added) {
        byId.set(passage.id, passage);
        if (published(passage) > newest) newest = published(passage);
      }
      addPassages(miniSearch, passagesWith, added, articleOf);
      articleIndex.addAll(newArticles(added, articleOf, indexedArticles));
      mapShortIds(added);
      corrector = undefined;
    },
  };
}

/**
 * How much a passage of an article published on `date` counts for a question about `focus`: a
 * question about the present prefers the newest articles (the extra weight halves every
 * `nowHalfLifeDays` before the newest one), a question about a period prefers articles of it and,
 * as much again, passages that name the month it asks about (`namesMonth`): an article of July
 * speaks of July whether or not it says so, a later one where it names it.
 */
function timeWeight(focus: TimeFocus, date: string, newest: string, namesMonth: boolean): number {
  if (focus.kind === 'period')
    return 1 + SEARCH_TUNING.periodBoost * (Number(namesMonth) + Number(date >= focus.from && date <= focus.to));
  const days = (Date.parse(newest) - Date.parse(date)) / 86_400_000;
  return 1 + SEARCH_TUNING.nowBoost * 0.5 ** (Math.max(0, days) / SEARCH_TUNING.nowHalfLifeDays);
}

/**
 * The words all trade news is about ("duties", "levies" and "tariffs" are one term): words said
 * "about the tariff" are as often about "the rate" or "the move", so a subject of only these names none.
 */
const TARIFF_TERMS: ReadonlySet<string> = new Set(questionTerms('tariff rate'));

const UNITED_STATES = documentTerms('United States')[0];
/** The countries a question's terms name, but the United States: a party to every story of the corpus. */
const partnersOf = (terms: readonly string[]) => terms.filter((t) => COUNTRY_TERMS.has(t) && t !== UNITED_STATES);

/** The terms of the kinds of goods a question's terms name (`GOODS_KINDS`), each once. */
const goodsOf = (terms: readonly string[]) => [...new Set(terms.flatMap((t) => [...(GOODS_KINDS.get(t) ?? [])]))];

/** The pairs of consecutive question terms that are also consecutive (in either order) in `sequence`. */
function adjacentPairs(terms: readonly string[], sequence: readonly string[]): [string, string][] {
  const neighbours = new Set<string>();
  for (let i = 1; i < sequence.length; i++) neighbours.add(`${sequence[i - 1]} ${sequence[i]}`);
  const pairs: [string, string][] = [];
  for (let i = 1; i < terms.length; i++) {
    const [a, b] = [terms[i - 1]!, terms[i]!];
    if (neighbours.has(`${a} ${b}`) || neighbours.has(`${b} ${a}`)) pairs.push([a, b]);
  }
  return pairs;
}

/** Text between double quotation marks, straight or curly. */
const QUOTATION = /“[^“”]*”|"[^"]*"/g;

/** Whether `text` names any of `terms`, but only inside quotation marks. */
function namesOnlyInQuotes(text: string, terms: readonly string[]): boolean {
  const outside = new Set(documentTerms(text.replace(QUOTATION, ' ')));
  const all = new Set(documentTerms(text));
  return terms.some((t) => all.has(t)) && !terms.some((t) => outside.has(t));
}

/** The same words, whatever their case, punctuation and spacing. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
const sameWords = (a: string, b: string) => wordsOf(a) === wordsOf(b);

/**
 * The first `limit` candidates whose words differ: a page repeats its headline as paragraphs, and
 * outlets print one agency paragraph word for word; showing it twice crowds out another answer.
 */
function distinct(candidates: readonly Candidate[], limit: number): Candidate[] {
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (kept.length === limit) break;
    const words = wordsOf(c.passage.text);
    if (seen.has(words)) continue;
    seen.add(words);
    kept.push(c);
  }
  return kept;
}

const hitOf = ({ passage, score, terms }: Candidate): PassageHit => ({ passage, score, terms });

/** Higher score first; scores within the tie tolerance go to the newer article. */
function compareHits(scoreA: number, scoreB: number, dateA: string, dateB: string): number {
  const tie = Math.abs(scoreA - scoreB) <= SEARCH_TUNING.tieTolerance * Math.max(scoreA, scoreB);
  if (tie && dateA !== dateB) return dateB.localeCompare(dateA);
  return scoreB - scoreA;
}
