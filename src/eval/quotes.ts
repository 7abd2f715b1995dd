/** Quotations: are the gold quotations found (span), is nothing else taken for one, and who said them. */
import { isCountry, organisationKey } from '../quotes/names.ts';
import { jointMembers } from '../quotes/speakers.ts';
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

/**
 * The extractor's speaker is right when its name is one of the label's own alternatives (the label
 * lists every name the article gives the speaker), compared as names: the extractor's lookup and
 * aliases are not asked, so that two speakers it wrongly merged do not pass for one. The
 * leeways: a body named with its country ("China's Customs Tariff Commission of the State Council")
 * is the body the label names without it, and a name is the same name in another word order
 * ("Commerce Ministry" is "Ministry of Commerce").
 */
export function sameSpeaker(name: string, label: string): boolean {
  const owner = /^(.+?)['’]s (.+)$/.exec(name.trim());
  const forms = [name, ...(owner?.[1] && owner[2] && isCountry(owner[1]) ? [owner[2]] : [])];
  const names = forms.map(normalizeName);
  const keys = forms.map(organisationKey);
  return label
    .split('|')
    .some((alternative) => names.includes(normalizeName(alternative)) || keys.includes(organisationKey(alternative)));
}

/**
 * A quotation the extractor ran on over several paragraphs, which the labels cut at each paragraph:
 * every label is a piece of it, and together they cover nearly all of it.
 */
function samePieces(quote: string, labels: readonly string[]): boolean {
  const whole = normalizeText(quote);
  const pieces = labels.map(normalizeText);
  const covered = pieces.reduce((n, p) => n + p.length, 0);
  return pieces.length > 1 && pieces.every((p) => p && whole.includes(p)) && covered / whole.length >= MIN_SPAN_OVERLAP;
}

/** One extracted quotation as it stands in one article: a quotation an article repeats is found each time. */
interface Found {
  quote: Quote;
  multiParagraph: boolean;
}

export function evaluateQuotes(dataset: Dataset, kb: KnowledgeBase, corpus: EvalCorpus): SectionResult {
  const speakerOf = new Map(kb.quotes.speakers.map((s) => [s.key, s]));
  const byFile = new Map<string, Found[]>();
  for (const quote of kb.quotes.quotes)
    for (const citation of quote.citations) {
      const file = corpus.fileOf.get(citation.articleId);
      const found = { quote, multiParagraph: citation.lastParagraph > citation.paragraph };
      if (file) byFile.set(file, [...(byFile.get(file) ?? []), found]);
    }

  const gold: { split: ReturnType<typeof splitOf>; found: boolean; attributed: boolean }[] = [];
  const extracted: { split: ReturnType<typeof splitOf>; matched: boolean; unknown: boolean }[] = [];
  const misses: Miss[] = [];
  for (const file of corpus.articleOf.keys()) {
    const split = splitOf(file);
    const mine = byFile.get(file) ?? [];
    const used = new Set<Found>();
    const labels = dataset.gold.quotes.filter((q) => q.file === file);
    const pieces = new Map(
      mine
        .filter((f) => f.multiParagraph)
        .map((f) => [f, labels.filter((l) => normalizeText(f.quote.text).includes(normalizeText(l.text)))] as const)
        .filter(([f, ls]) =>
          samePieces(
            f.quote.text,
            ls.map((l) => l.text),
          ),
        ),
    );
    for (const label of labels) {
      const match =
        mine.find((f) => !used.has(f) && sameSpan(f.quote.text, label.text)) ??
        [...pieces].find(([, ls]) => ls.includes(label))?.[0];
      const speaker = match?.quote.speaker;
      const known = speaker ? speakerOf.get(speaker) : undefined;
      const got = speaker ? (known?.name ?? speaker) : null;
      // People quoted together ("Trump and Keir Starmer"): `/quote` lists the words under each of them.
      const members = known ? jointMembers(known.kind, known.name) : [];
      const names = members.length > 0 ? members : got === null ? [] : [got];
      const attributed = names.some((name) => sameSpeaker(name, label.speaker));
      gold.push({ split, found: match !== undefined, attributed: match !== undefined && attributed });
      if (match) used.add(match);
      if (!match) misses.push({ file, split, text: `missed “${label.text}” (${label.speaker})` });
      else if (!attributed)
        misses.push({ file, split, text: `speaker “${label.text}”: got ${got ?? 'unknown'}, want ${label.speaker}` });
    }
    const notSpeech = dataset.gold.not_speech.filter((n) => n.file === file);
    for (const found of mine) {
      extracted.push({ split, matched: used.has(found), unknown: found.quote.speaker === null });
      if (used.has(found)) continue;
      const scare = notSpeech.some((n) => sameSpan(n.text, found.quote.text));
      misses.push({ file, split, text: `${scare ? 'not speech' : 'extra'} “${found.quote.text}”` });
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
