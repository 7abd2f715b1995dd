import { attributeQuotes } from '../../src/quotes/attribute.ts';
import { articleOf } from '../deadlines/articles.ts';

/** The speaker's name of each quotation of one article of `paragraphs` (null where none is found). */
export function speakerNames(paragraphs: string[], published = '2026-03-02'): (string | null)[] {
  const { speakers, quotes } = attributeQuotes(articleOf('story', published, paragraphs));
  return quotes.map((q) => speakers[q.speaker ?? -1]?.name.join(' ') ?? null);
}
