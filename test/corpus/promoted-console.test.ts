import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/corpus/ingest.ts';
import { quoteStory } from '../helpers/quote.ts';

describe('a page promoting another story inside the article, as /quote shows it', () => {
  it('gives the article’s quotations to the minister, not to a name run into the promoted headline', async () => {
    const raw = [
      'Chile’s trade minister Ana Rivas reached a deal with Peru on Monday.',
      '',
      'RELATED:',
      '',
      'Chilean Minister Rivas Vows Tough Action on Smuggling: “We Will Act”',
      '',
      '“We have the best deal possible, even compared to other nations,” she said.',
    ].join('\n');
    const result = prepareArticle('related.txt', raw, { outlet: 'Example Wire', date: '2026-09-01', title: 'Deal' });
    if (!result.ok) throw new Error(result.error);
    const { line, quotes } = await quoteStory('rivas', result.article.paragraphs);
    expect(line).toMatch(/^\*\*Ana Rivas\*\* .*· 1 quotation/);
    expect(quotes).toEqual(['We have the best deal possible, even compared to other nations']);
  });
});
