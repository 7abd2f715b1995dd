import { describe, expect, it } from 'vitest';
import { findQuoteSpans, maskQuotations, MASK, narrationSentences, partText } from '../../src/quotes/marks.ts';
import { articleOf } from '../deadlines/articles.ts';

/** The quotations of `paragraphs`, each as its parts' texts with their paragraph numbers. */
function spansOf(...paragraphs: string[]) {
  const { passages } = articleOf('marks', '2025-01-01', paragraphs);
  return findQuoteSpans(passages).map((span) =>
    span.parts.map((part) => `${part.passage + 1}:${partText(passages, part)}`),
  );
}

describe('quotation spans', () => {
  it('reads curly and straight marks, and leaves apostrophes and inner single quotes alone', () => {
    expect(spansOf("“It’s done,” he said. \"We’re told it's 'final',\" she added.")).toEqual([
      ['1:It’s done,'],
      ["1:We’re told it's 'final',"],
    ]);
  });

  it('tells an opening straight mark from a closing one by what surrounds it', () => {
    expect(spansOf('He called it "unfair" and "a mistake" in a post.')).toEqual([['1:unfair'], ['1:a mistake']]);
  });

  it('keeps marks nested inside a quotation part of it, straight or curly', () => {
    expect(
      spansOf(
        'The spokesman added, "The so-called "fair trade" levy is groundless. We will respond."',
        '“They should, as is said, “PAY UP,” and not charge anyone,” he wrote.',
      ),
    ).toEqual([
      ['1:The so-called "fair trade" levy is groundless. We will respond.'],
      ['2:They should, as is said, “PAY UP,” and not charge anyone,'],
    ]);
  });

  it('continues a quotation into the next paragraph when that one opens with a mark', () => {
    expect(spansOf('"We were not consulted.', '"This is unacceptable," she said.', 'Markets fell.')).toEqual([
      ['1:We were not consulted.', '2:This is unacceptable,'],
    ]);
  });

  it('runs a quotation over several paragraphs', () => {
    expect(spansOf('“First.', '“Second.', '“Third,” he said.')).toEqual([['1:First.', '2:Second.', '3:Third,']]);
  });

  it('continues into a paragraph whose first mark closes the quotation', () => {
    expect(spansOf('He said: "We were not consulted.', 'That is unacceptable," and left.')).toEqual([
      ['1:We were not consulted.', '2:That is unacceptable,'],
    ]);
  });

  it('ends an unclosed quotation with its paragraph when the next one does not go on with it', () => {
    expect(spansOf('He said: "We were not consulted.', 'Officials called it "a mistake."')).toEqual([
      ['1:We were not consulted.'],
      ['2:a mistake.'],
    ]);
  });

  it('ends an open quotation where a mark opens the next sentence: the page ran its paragraphs together', () => {
    expect(
      spansOf(
        '“We will set a date soon,” the minister said. “Exporters know the terms. We gave them a year. “They still waited, and now the bill is due.” Officials called the plan “final”.',
      ),
    ).toEqual([
      ['1:We will set a date soon,'],
      ['1:Exporters know the terms. We gave them a year.'],
      ['1:They still waited, and now the bill is due.'],
      ['1:final'],
    ]);
  });

  it('masks quotations, marks included, keeping offsets', () => {
    const { passages } = articleOf('marks', '2025-01-01', ['A "b c" d']);
    expect(maskQuotations(passages, findQuoteSpans(passages))).toEqual([`A ${MASK.repeat(5)} d`]);
  });
});

describe('narration sentences', () => {
  const sentencesOf = (text: string) => {
    const { passages } = articleOf('marks', '2025-01-01', [text]);
    const passage = passages[0] as (typeof passages)[number];
    const masked = maskQuotations(passages, findQuoteSpans(passages))[0] as string;
    return narrationSentences(passage, masked).map((s) => text.slice(s.start, s.end).trim());
  };

  it('does not break inside a quotation or between a question and its attribution', () => {
    expect(sentencesOf('“Is this the end? No. It is not,” he said. “Why now?” asked Lee. Markets fell.')).toEqual([
      '“Is this the end? No. It is not,” he said.',
      '“Why now?” asked Lee.',
      'Markets fell.',
    ]);
  });

  it('breaks before a quotation that opens a sentence, even after an initial', () => {
    expect(sentencesOf('He wrote in a post on X. “They will pay.”')).toEqual([
      'He wrote in a post on X.',
      '“They will pay.”',
    ]);
  });

  it('does not break after initials', () => {
    expect(sentencesOf('“Orders are down,” said S.C. Ralhan, the group’s president.')).toEqual([
      '“Orders are down,” said S.C. Ralhan, the group’s president.',
    ]);
  });
});
