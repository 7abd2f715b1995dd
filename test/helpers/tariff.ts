import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from './console.ts';

/** The clock of the `/tariff` tests: the day after their newest article. */
export const TARIFF_NOW = '2026-09-02T12:00:00Z';

/**
 * `/tariff peru` asked through the console, as a user asks, of articles of sentences we wrote: one
 * article of 1 September 2026 (its paragraphs), or several as [date, paragraphs]. Gives every embed
 * as text and the first line of the first (the US direction's answer).
 */
export async function tariffPeru(articles: string[] | [string, string[]][]): Promise<{ text: string; line: string }> {
  const corpus = newCorpus('console-tariff-');
  const stories = articles.every((a) => typeof a === 'string')
    ? [['2026-09-01', articles] as [string, string[]]]
    : (articles as [string, string[]][]);
  stories.forEach(([date, paragraphs], i) =>
    writeArticle(corpus, `${date}-story-${i}`, `Story ${i}`, date, paragraphs),
  );
  const embeds = (await runConsoleJson('/tariff peru', { corpus, now: TARIFF_NOW })).reply.embeds ?? [];
  return { text: JSON.stringify(embeds), line: embeds[0]?.description?.split('\n')[0] ?? '' };
}

/** A command (`/tariff chile`) asked through the console of `corpus` at `TARIFF_NOW`: every embed as text. */
export const embedsText = async (corpus: string, line: string): Promise<string> =>
  JSON.stringify((await runConsoleJson(line, { corpus, now: TARIFF_NOW })).reply.embeds ?? []);
