import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/**
 * A country named after "except" ("a pause for every country except Peru") is the one the pause
 * leaves out, no party to it. Sentences written for this test; asked through the console as a user
 * asks.
 */
describe('a pause for every country but one', () => {
  it('names no excepted country as a party in /deadline', async () => {
    const corpus = newCorpus('excepted-pause-');
    const paused = 'The president on Wednesday paused tariffs for 60 days for every country except Peru.';
    writeArticle(corpus, '2026-09-02-pause', 'Pause', '2026-09-02', [paused]);
    const { data } = await runConsoleJson('/deadline list', { corpus, now: '2026-09-03T00:00:00Z' });
    const titles = (data.deadlines as { title: string }[]).map((d) => d.title);
    expect(titles).toEqual(['US tariff pause']);
  });
});
