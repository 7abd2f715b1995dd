import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractQuotes } from '../../src/quotes/catalog.ts';
import type { AttributionRule, QuoteCatalog } from '../../src/quotes/quote.ts';
import { SEED_CORPUS } from '../helpers/console.ts';
import { evaluate, loadLabels, QUOTE_FIXTURES } from './labels.ts';

/**
 * The extractor against every labelled quotation: the seed articles and the quote fixtures, one
 * catalog over all of them (so speakers are merged across articles as in production).
 */
const articles = [...loadCorpus(SEED_CORPUS).articles, ...loadCorpus(QUOTE_FIXTURES).articles];
const labels = loadLabels();
const catalog = extractQuotes(articles);
const result = evaluate(catalog, labels);

describe('quote extraction on the labelled fixtures', () => {
  it('has a label file for every seed article and an article for every label file', () => {
    const ids = new Set(articles.map((a) => a.id));
    expect(labels.map((l) => l.articleId).filter((id) => !ids.has(id))).toEqual([]);
    const labelled = new Set(labels.map((l) => l.articleId));
    expect(
      loadCorpus(SEED_CORPUS)
        .articles.map((a) => a.id)
        .filter((id) => !labelled.has(id)),
    ).toEqual([]);
    expect(result.labelled).toBeGreaterThan(100);
  });

  it('reaches 0.95 span precision, span recall and attribution accuracy', () => {
    const figures = {
      articles: labels.length,
      labelled: result.labelled,
      extracted: result.extracted,
      precision: result.precision.toFixed(3),
      recall: result.recall.toFixed(3),
      attribution: result.attribution.toFixed(3),
      partialFlag: (result.partialRight / result.matched).toFixed(3),
    };
    console.log(
      `quote extraction: ${JSON.stringify(figures)}${result.mistakes.length ? `\n  ${result.mistakes.join('\n  ')}` : ''}`,
    );
    expect(result.precision, result.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.recall, result.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.attribution, result.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('never gives out a scare quote or a quoted name as a quotation', () => {
    expect(labels.flatMap((l) => l.terms).length).toBeGreaterThanOrEqual(4);
    expect(result.termLeaks).toBe(0);
  });

  it("scores a speaker by the label's names, not by the extractor's aliases", () => {
    // Two people the extractor wrongly made one (Lange's surname an alias of Peter Lange): the
    // label's Bernd Lange is not matched through that alias.
    const merged: QuoteCatalog = {
      speakers: [{ key: 'peter-lange', name: 'Peter Lange', kind: 'person', aliases: ['Lange', 'Bernd Lange'] }],
      quotes: [
        {
          text: 'We will pause the vote.',
          speaker: 'peter-lange',
          partial: false,
          rule: 'surname',
          confidence: 0.9,
          citations: [{ articleId: 'a', paragraph: 1, lastParagraph: 1 }],
        },
      ],
    };
    const label = (speaker: string) => [
      {
        articleId: 'a',
        terms: [],
        quotes: [{ paragraph: 1, text: 'We will pause the vote.', speaker, partial: false }],
      },
    ];
    expect(evaluate(merged, label('Bernd Lange|Lange')).attributed).toBe(0);
    expect(evaluate(merged, label('Peter Lange|Lange')).attributed).toBe(1);
  });

  it('exercises every attribution rule, and keeps unnamed speakers unknown', () => {
    const rules = new Set(catalog.quotes.map((q) => q.rule));
    const all: AttributionRule[] = [
      'name',
      'organisation',
      'surname',
      'role',
      'pronoun',
      'continuation',
      'context',
      'unknown',
    ];
    expect(all.filter((r) => !rules.has(r))).toEqual([]);
    const unknownLabelled = labels.flatMap((l) => l.quotes).filter((q) => q.speaker === null).length;
    expect(unknownLabelled).toBeGreaterThanOrEqual(5);
  });
});
