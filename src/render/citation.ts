import type { ArticleRef } from '../corpus/article.ts';
import { discordTimestamp } from './timestamps.ts';

/** "CNBC, <date>, paragraph 3": the line under every quoted passage. */
export function citationLine(article: ArticleRef, paragraph: number): string {
  return `${article.outlet}, ${discordTimestamp(article.published, 'D')}, paragraph ${paragraph}`;
}

/** "newest source: <date> (<N days ago>)" for the newest of the cited articles. */
export function newestSourceLine(articles: readonly Pick<ArticleRef, 'published'>[]): string {
  const newest = articles.reduce((max, a) => (a.published > max ? a.published : max), '');
  return newest ? `newest source: ${discordTimestamp(newest, 'D')} (${discordTimestamp(newest, 'R')})` : '';
}
