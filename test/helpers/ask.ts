import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from './console.ts';

/** The clock of the `/ask` tests: the day after their newest article. */
const ASK_NOW = '2026-09-02T12:00:00Z';

/** The passages `/ask <question>` shows, asked through the console as a user asks, of `corpus`. */
export async function askCorpus(corpus: string, question: string): Promise<string[]> {
  const { data } = await runConsoleJson(`/ask ${question}`, { corpus, now: ASK_NOW });
  return (data as { passages: { text: string }[] }).passages.map((p) => p.text);
}

/**
 * The first passage `/ask <question>` shows of one article of `paragraphs` (1 September 2026),
 * after a neutral lead: every passage also scores for its article's lead.
 */
export async function askFirst(paragraphs: string[], question: string): Promise<string | undefined> {
  const corpus = newCorpus('console-ask-');
  writeArticle(corpus, '2026-09-01-story', 'Trade story', '2026-09-01', [
    'Officials met in Geneva this week.',
    ...paragraphs,
  ]);
  return (await askCorpus(corpus, question))[0];
}
