import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/** `/deadline list` over one article of Monday 2025-10-27: each deadline's kind and date. Sentences written for these tests. */
async function listed(...paragraphs: string[]) {
  const corpus = newCorpus('deadline-day-lead-');
  writeArticle(corpus, '2025-10-27-lead', 'Lead', '2025-10-27', paragraphs);
  const { data } = await runConsoleJson('/deadline list', { corpus, now: '2025-10-27T12:00:00Z' });
  return (data.deadlines as { kind: string; date: string }[]).map((d) => [d.kind, d.date]);
}

describe('/deadline: a start day told after "this coming" or after "at" and its clock time', () => {
  it('reads "take effect this coming Saturday, November 1" as the day the tariffs start', async () => {
    expect(
      await listed('Higher tariffs on Ruritanian goods are set to take effect this coming Saturday, November 1.'),
    ).toEqual([['takes effect', '2025-11-01']]);
  });

  it('reads "go into effect at midnight Tuesday" as the day the tariffs start', async () => {
    expect(
      await listed('The president ordered that 20% tariffs on Ruritanian imports go into effect at midnight Tuesday.'),
    ).toEqual([['takes effect', '2025-10-28']]);
  });
});
