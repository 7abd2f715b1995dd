/** Quotations: are the gold quotations found (span), is nothing else taken for one, and who said them. */
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Quote } from '../quotes/quote.ts';
import { splitOf, type Dataset } from './dataset.ts';
import type { EvalCorpus } from './corpus.ts';
import { countBySplit, figuresBySplit, normalizeName, normalizeText, type Miss, type SectionResult } from './score.ts';

/** The share of the longer span the shorter one must cover to be the same quotation cut a little differently. */
const MIN_SPAN_OVERLAP = 0.8;

export function sameSpan(a: string, b: string): boolean {
  const [x, y] = [normalizeText(a), normalizeText(b)];
  if (x === y) return x.length > 0;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length > 0 && long.includes(short) && short.length / long.length >= MIN_SPAN_OVERLAP;
}

export function evaluateQuotes(dataset: Dataset, kb: KnowledgeBase, corpus: EvalCorpus): SectionResult {
  const speakerName = new Map(kb.quotes.speakers.map((s) => [s.key, s.name]));
  const byFile = new Map<string, Quote[]>();
  for (const quote of kb.quotes.quotes)
    for (const citation of quote.citations) {
      const file = corpus.fileOf.get(citation.articleId);
      if (file && !byFile.get(file)?.includes(quote)) byFile.set(file, [...(byFile.get(file) ?? []), quote]);
    }

  const gold: { split: ReturnType<typeof splitOf>; found: boolean; attributed: boolean }[] = [];
  const extracted: { split: ReturnType<typeof splitOf>; matched: boolean; unknown: boolean }[] = [];
  const misses: Miss[] = [];
  for (const file of corpus.articleOf.keys()) {
    const split = splitOf(file);
    const mine = byFile.get(file) ?? [];
    const used = new Set<Quote>();
    for (const label of dataset.gold.quotes.filter((q) => q.file === file)) {
      const match = mine.find((q) => !used.has(q) && sameSpan(q.text, label.text));
      const alternatives = label.speaker.split('|').map(normalizeName);
      const got = match?.speaker ? (speakerName.get(match.speaker) ?? match.speaker) : null;
      const attributed = got !== null && alternatives.includes(normalizeName(got));
      gold.push({ split, found: match !== undefined, attributed: match !== undefined && attributed });
      if (match) used.add(match);
      if (!match) misses.push({ file, split, text: `missed “${label.text}” (${label.speaker})` });
      else if (!attributed)
        misses.push({ file, split, text: `speaker “${label.text}”: got ${got ?? 'unknown'}, want ${label.speaker}` });
    }
    const notSpeech = dataset.gold.not_speech.filter((n) => n.file === file);
    for (const quote of mine) {
      extracted.push({ split, matched: used.has(quote), unknown: quote.speaker === null });
      if (used.has(quote)) continue;
      const scare = notSpeech.some((n) => sameSpan(n.text, quote.text));
      misses.push({ file, split, text: `${scare ? 'not speech' : 'extra'} “${quote.text}”` });
    }
  }
  return {
    section: 'quotes',
    figures: figuresBySplit([
      countBySplit('span recall', gold, (g) => g.found),
      countBySplit('precision', extracted, (e) => e.matched),
      countBySplit(
        'attribution (of found)',
        gold.filter((g) => g.found),
        (g) => g.attributed,
      ),
      countBySplit('speaker unknown (of extracted)', extracted, (e) => e.unknown),
    ]),
    misses,
  };
}
