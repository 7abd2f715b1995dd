import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * A pause granted on a day its sentence gives ("on Wednesday announced a 90-day pause") runs from
 * that day, as one "paused on April 9 for 90 days" does; a pause already running ("the 90-day
 * pause") is not counted from it. A country named after "except" is no party to the pause.
 * Sentences written for these tests; asked through the console as a user asks.
 */
describe('a pause announced on a day the sentence gives', () => {
  const ANNOUNCED = 'The president on Wednesday announced a 60-day pause on tariffs for all nations except Peru.';

  it('ends that many days after the announcement', async () => {
    expect(await kindsAndDates('2026-09-02', [ANNOUNCED])).toEqual([['ends', '2026-11-01']]);
  });

  it('is not counted from a day on which a pause already running is told of', async () => {
    expect(
      await kindsAndDates('2026-09-02', [
        'Officials on Wednesday announced that the 60-day pause would not be extended.',
      ]),
    ).toEqual([]);
  });

  it('names no excepted country as a party in /deadline', async () => {
    const corpus = newCorpus('granted-pause-');
    const paused = 'The president on Wednesday paused tariffs for 60 days for every country except Peru.';
    writeArticle(corpus, '2026-09-02-pause', 'Pause', '2026-09-02', [paused]);
    const { data } = await runConsoleJson('/deadline list', { corpus, now: '2026-09-03T00:00:00Z' });
    const titles = (data.deadlines as { title: string }[]).map((d) => d.title);
    expect(titles).toEqual(['US tariff pause']);
  });
});
