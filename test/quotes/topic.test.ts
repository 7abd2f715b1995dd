import { describe, expect, it } from 'vitest';
import type { Quote, QuoteCatalog, QuoteCitation } from '../../src/quotes/quote.ts';
import { topicFilter, topicTerms } from '../../src/quotes/topic.ts';

const quote = (text: string, articleId: string): Quote => ({
  text,
  speaker: 'a',
  partial: false,
  rule: 'name',
  confidence: 0.95,
  citations: [{ articleId, paragraph: 1, lastParagraph: 1 }],
});

function catalogOf(paragraphs: Record<string, string>): {
  catalog: QuoteCatalog;
  read: (c: QuoteCitation) => string;
  reads: () => number;
} {
  let reads = 0;
  const catalog = {
    speakers: [],
    quotes: [quote('We will not back down', 'x'), quote('Talks with Beijing go well', 'y')],
  };
  return { catalog, read: (c) => (reads++, paragraphs[c.articleId] ?? ''), reads: () => reads };
}

describe('topicFilter', () => {
  const { catalog, read, reads } = catalogOf({ x: 'He spoke about the levies on steel.', y: 'Trade talks resumed.' });
  const about = (topic: string) =>
    catalog.quotes.filter(topicFilter(catalog, topicTerms(topic), read)).map((q) => q.text);

  it('matches every word of the topic in the quotation or its paragraph, by stem and synonym', () => {
    expect(about('tariffs')).toEqual(['We will not back down']);
    expect(about('china talks')).toEqual(['Talks with Beijing go well']);
    expect(about('steel china')).toEqual([]);
    expect(about('the')).toEqual(catalog.quotes.map((q) => q.text));
  });

  it('reads each paragraph once per catalog, and afresh for a new catalog (a reload)', () => {
    about('steel');
    about('china');
    expect(reads()).toBe(2);
    const reloaded = catalogOf({ x: 'Nothing here.', y: 'Steel mills.' });
    expect(
      reloaded.catalog.quotes
        .filter(topicFilter(reloaded.catalog, topicTerms('steel'), reloaded.read))
        .map((q) => q.text),
    ).toEqual(['Talks with Beijing go well']);
  });
});
