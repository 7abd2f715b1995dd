import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from './console.ts';

/** A deadline as `/deadline list` gives it in the console's JSON data (the fields the tests read). */
export interface ListedDeadline {
  kind: string;
  date: string;
  approximate: boolean;
  history: { date: string }[];
}

/**
 * `/deadline list` through the console, as a user asks, over one article of `published` made of
 * `paragraphs` (sentences written for the test), asked at `now` (noon of `published` unless given).
 */
export async function deadlinesListed(
  published: string,
  paragraphs: readonly string[],
  now = `${published}T12:00:00Z`,
): Promise<ListedDeadline[]> {
  const corpus = newCorpus('deadline-listed-');
  writeArticle(corpus, `${published}-story`, 'Story', published, [...paragraphs]);
  const { data } = await runConsoleJson('/deadline list', { corpus, now });
  return data.deadlines as ListedDeadline[];
}

/** Each deadline's kind and date, as most `/deadline` tests compare them. */
export const kindsAndDates = async (published: string, paragraphs: readonly string[]) =>
  (await deadlinesListed(published, paragraphs)).map((d) => [d.kind, d.date]);
