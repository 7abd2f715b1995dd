import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from './console.ts';
import { TARIFF_NOW } from './tariff.ts';

/**
 * `/quote <query>` asked through the console, as a user asks, of one article of sentences we wrote
 * (1 September 2026): the reply's header line and the texts of the quotations it lists.
 */
export async function quoteStory(query: string, paragraphs: string[]): Promise<{ line: string; quotes: string[] }> {
  const corpus = newCorpus('console-quote-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
  const out = await runConsoleJson(`/quote ${query}`, { corpus, now: TARIFF_NOW });
  const data = out.data as { quotes?: { text: string }[] } | undefined;
  return { line: out.reply.content ?? '', quotes: (data?.quotes ?? []).map((q) => q.text) };
}
