import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/catalog.ts';
import { articleOf } from '../deadlines/articles.ts';
import { fuzzParameters, fuzzTimeout } from '../fuzz/config.ts';

/** Words that steer the extractor into its rules, mixed with arbitrary text. */
const FRAGMENTS = [
  '"',
  '“',
  '”',
  '«',
  '»',
  "'",
  '’',
  ',',
  '.',
  ':',
  ';',
  '—',
  '(',
  ')',
  'said',
  'told reporters',
  'added',
  'saying',
  'and said',
  'according to',
  'he',
  'she',
  'It',
  'He',
  'they',
  'the',
  'a',
  'an official',
  'the ministry',
  'the Treasury secretary',
  'Mr.',
  'Ms.',
  'U.S.',
  'S.C.',
  'so-called',
  'Scott Bessent',
  'Bessent',
  'Treasury Secretary',
  "China's Ministry of Commerce",
  'Chinese',
  'Beijing',
  'May 12',
  'Thursday',
  'who traveled to Geneva',
];
const paragraph = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .map((parts) => parts.join(' ').trim() || 'Text.');
const corpus = fc.array(fc.array(paragraph, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 });

const withoutMarks = (text: string) =>
  text
    .replace(/["“”«»]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('quote extraction on arbitrary text', () => {
  it(
    'never fails, quotes only words of the paragraphs it cites, and gives plain JSON',
    () => {
      fc.assert(
        fc.property(corpus, (articles) => {
          const loaded = articles.map((paragraphs, i) => articleOf(`a${i}`, `2025-01-0${i + 1}`, paragraphs));
          const catalog = extractQuotes(loaded);
          const keys = new Set(catalog.speakers.map((s) => s.key));
          for (const quote of catalog.quotes) {
            expect(quote.citations.length).toBeGreaterThan(0);
            expect(
              quote.speaker === null ? quote.rule === 'unknown' && quote.confidence === 0 : keys.has(quote.speaker),
            ).toBe(true);
            for (const c of quote.citations) {
              const passages =
                loaded.find((a) => a.id === c.articleId)?.passages.slice(c.paragraph - 1, c.lastParagraph) ?? [];
              expect(withoutMarks(passages.map((p) => p.text).join(' '))).toContain(withoutMarks(quote.text));
            }
          }
          expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );
});
