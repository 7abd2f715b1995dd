import type { Article } from '../../src/corpus/article.ts';
import { splitSentences } from '../../src/text/sentences.ts';

/** An article as the loader makes it, from its paragraphs. */
export function articleOf(id: string, published: string, paragraphs: string[], title = 'Trade news'): Article {
  return {
    id,
    title,
    outlet: 'Test Wire',
    published,
    file: `${id}.md`,
    passages: paragraphs.map((text, i) => ({
      id: `${id}#${i + 1}`,
      articleId: id,
      paragraph: i + 1,
      text,
      sentences: splitSentences(text),
    })),
  };
}
