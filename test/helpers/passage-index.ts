/** A passage index over hand-written articles, for the search tests. */
import type { Passage } from '../../src/corpus/article.ts';
import { buildPassageIndex, type PassageIndex } from '../../src/search/passage-index.ts';

export interface WrittenArticle {
  published: string;
  title: string;
  paragraphs: string[];
}

/** The index of `articles` (id → article), and the id of the best passage for a question. */
export function indexOf(articles: Record<string, WrittenArticle>): {
  index: PassageIndex;
  top: (question: string) => string | undefined;
} {
  const passages: Passage[] = Object.entries(articles).flatMap(([id, a]) =>
    a.paragraphs.map((text, i) => ({ id: `${id}#${i + 1}`, articleId: id, paragraph: i + 1, text, sentences: [] })),
  );
  const index = buildPassageIndex(passages, (id) => {
    const a = articles[id]!;
    return { published: a.published, title: a.title, lead: a.paragraphs[0]! };
  });
  return { index, top: (q) => index.search(q, { limit: 3 })[0]?.passage.id };
}
