import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { normalizeName } from '../../src/eval/score.ts';
import type { QuoteCatalog } from '../../src/quotes/quote.ts';

/** The hand-labelled quotations of the seed articles and the quote fixtures (see `labels/README.md`). */
export const QUOTE_FIXTURES = 'test/fixtures/quotes';
const LABEL_DIR = join(QUOTE_FIXTURES, 'labels');

const LabelFile = z.object({
  quotes: z.array(
    z.object({
      paragraph: z.number().int().positive(),
      text: z.string().min(1),
      speaker: z.string().min(1).nullable(),
      partial: z.boolean(),
    }),
  ),
  terms: z.array(z.string()),
});

export type ArticleLabels = z.infer<typeof LabelFile> & { articleId: string };

export function loadLabels(): ArticleLabels[] {
  return readdirSync(LABEL_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      articleId: f.replace(/\.yaml$/, ''),
      ...LabelFile.parse(parse(readFileSync(join(LABEL_DIR, f), 'utf8'))),
    }));
}

/** Texts compare case-insensitively, ignoring white space, apostrophe shapes and punctuation at either end. */
export function sameText(a: string, b: string): boolean {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/\s+/g, ' ')
      .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  return fold(a) === fold(b);
}

export interface Evaluation {
  labelled: number;
  extracted: number;
  /** Extracted spans that match a labelled one (same article, paragraph and text). */
  matched: number;
  /** Matched spans whose speaker's name is one of the label's names (or left unknown when the label says so). */
  attributed: number;
  /** Matched spans whose partial flag is the label's. */
  partialRight: number;
  /** Quoted terms that came out as quotations. */
  termLeaks: number;
  /** One line per mistake, for the failure message. */
  mistakes: string[];
  precision: number;
  recall: number;
  attribution: number;
}

/** Span precision and recall and attribution accuracy of a catalog against the labels of its articles. */
export function evaluate(catalog: QuoteCatalog, labels: readonly ArticleLabels[]): Evaluation {
  const nameOf = new Map(catalog.speakers.map((s) => [s.key, s.name]));
  // The label lists every name the articles give the speaker ("Mark Carney|Carney"); the extractor's
  // own lookup is not asked, so that two people it wrongly merged do not pass for one.
  const sameSpeaker = (name: string | null, label: string | null) =>
    name === null || label === null
      ? name === label
      : label.split('|').some((alternative) => normalizeName(alternative) === normalizeName(name));
  const counts = { labelled: 0, extracted: 0, matched: 0, attributed: 0, partialRight: 0, termLeaks: 0 };
  const mistakes: string[] = [];
  for (const { articleId, quotes: wanted, terms } of labels) {
    const found = catalog.quotes.flatMap((q) =>
      q.citations.filter((c) => c.articleId === articleId).map((c) => ({ quote: q, paragraph: c.paragraph })),
    );
    counts.labelled += wanted.length;
    counts.extracted += found.length;
    const unmatched = new Set(wanted);
    for (const { quote, paragraph } of found) {
      const label = [...unmatched].find((l) => l.paragraph === paragraph && sameText(l.text, quote.text));
      const speaker = quote.speaker === null ? null : (nameOf.get(quote.speaker) ?? quote.speaker);
      if (terms.some((t) => sameText(t, quote.text))) counts.termLeaks++;
      if (!label) {
        mistakes.push(`${articleId} ¶${paragraph}: not a labelled quotation: “${quote.text}”`);
        continue;
      }
      unmatched.delete(label);
      counts.matched++;
      if (sameSpeaker(speaker, label.speaker)) counts.attributed++;
      else
        mistakes.push(
          `${articleId} ¶${paragraph}: “${quote.text.slice(0, 50)}” by ${speaker} (${quote.rule}), labelled ${label.speaker}`,
        );
      if (quote.partial === label.partial) counts.partialRight++;
      else
        mistakes.push(
          `${articleId} ¶${paragraph}: “${quote.text.slice(0, 50)}” partial ${quote.partial}, labelled ${label.partial}`,
        );
    }
    for (const label of unmatched)
      mistakes.push(`${articleId} ¶${label.paragraph}: missed “${label.text.slice(0, 60)}”`);
  }
  return {
    ...counts,
    mistakes,
    precision: counts.matched / Math.max(counts.extracted, 1),
    recall: counts.matched / Math.max(counts.labelled, 1),
    attribution: counts.attributed / Math.max(counts.matched, 1),
  };
}
