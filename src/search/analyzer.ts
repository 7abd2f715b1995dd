import { stemmer } from 'stemmer';
import { PHRASES, STOP_WORDS, SYNONYMS, type PhraseRule } from './vocabulary.ts';

/**
 * The text pipeline shared by indexing, querying and highlighting:
 * rewrite phrases → split into tokens → fold each token to its index term.
 *
 * MiniSearch's default tokenizer splits on every non-letter, so "U.S." becomes `u` + `s` and
 * "10.5%" becomes `10` + `5`; this one keeps percentages and decimals whole and splits hyphenated
 * words into their parts ("U.S.-China" → usa, china).
 */

interface CompiledRule {
  pattern: RegExp;
  replace: string;
}

function compile(rules: readonly PhraseRule[]): CompiledRule[] {
  return rules.map((r) => ({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${r.match}(?![\\p{L}\\p{N}])`, r.caseSensitive ? 'gu' : 'giu'), replace: r.replace }));
}

const DOCUMENT_RULES = compile(PHRASES);
/** In a query, a lower-case "us" is far more likely the country than the pronoun. */
const QUERY_RULES = [...compile([{ match: 'us', replace: 'usa' }]), ...DOCUMENT_RULES];

/** A token with its place in the original text, for highlighting. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Numbers (with decimals and a percent sign) or words (with inner apostrophes). */
const TOKEN = /\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits text into tokens; hyphens and other punctuation separate them. */
export function tokenizeWithOffsets(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function rewrite(text: string, rules: CompiledRule[]): string {
  return rules.reduce((out, rule) => out.replace(rule.pattern, rule.replace), text);
}

const SYNONYM_STEMS = new Map(Object.entries(SYNONYMS).map(([word, canonical]) => [stemmer(word), stemmer(canonical)]));

/** Folds one token to its index term, or null for a stop word. */
export function termOf(token: string): string | null {
  const word = token.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (STOP_WORDS.has(word) || word.length === 0) return null;
  if (/^\d/.test(word)) return word.replace(/,/g, '');
  const stem = stemmer(word);
  return SYNONYM_STEMS.get(stem) ?? stem;
}

/** Index terms of a document's text. */
export function documentTerms(text: string): string[] {
  return termsOf(rewrite(text, DOCUMENT_RULES));
}

/** Index terms of a query, each once. */
export function queryTerms(query: string): string[] {
  return [...new Set(termsOf(rewrite(query, QUERY_RULES)))];
}

function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const term = termOf(m[0]);
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * Wraps in `**bold**` the words of `text` whose terms are in `terms`. Phrase rewrites change the
 * text's length, so phrases are checked on their own: a phrase is bold when its rewrite matches.
 */
export function highlight(text: string, terms: ReadonlySet<string>): string {
  const spans: { start: number; end: number }[] = [];
  for (const rule of DOCUMENT_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      if (documentTerms(m[0]).some((t) => terms.has(t))) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const token of tokenizeWithOffsets(text)) {
    const term = termOf(token.text);
    if (term && terms.has(term) && !spans.some((s) => token.start < s.end && token.end > s.start)) spans.push(token);
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += `${text.slice(at, span.start)}**${text.slice(span.start, span.end)}**`;
    at = span.end;
  }
  return out + text.slice(at);
}
