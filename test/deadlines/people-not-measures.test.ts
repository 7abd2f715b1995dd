import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/** The dates `/deadline list` shows a week before Monday 2026-06-01, over one article of Friday 2026-05-22. */
async function listed(paragraphs: string[]): Promise<string[]> {
  const corpus = newCorpus('deadline-people-');
  writeArticle(corpus, '2026-05-22-visit', 'Visit', '2026-05-22', paragraphs);
  const { data } = await runConsoleJson('/deadline list', { corpus, now: '2026-05-25T00:00:00Z' });
  return (data.deadlines as { date: string }[]).map((d) => d.date);
}

/**
 * "Trade" and "tariff" naming people or their talks ("the trade minister", "tariff discussions") tell
 * no measure: a visit that lasts days from a start is neither a tariff taking effect nor a pause.
 * Sentences written for this test.
 */
describe('/deadline: a trade minister’s visit', () => {
  it('shows no deadline for a stay of days starting a given day', async () => {
    expect(
      await listed([
        'Ana Ruiz, trade minister of Peru, said she will be in Washington for three days starting Tuesday for tariff discussions.',
      ]),
    ).toEqual([]);
  });

  it('still shows the day a tariff a trade minister announces takes effect', async () => {
    expect(
      await listed(['The trade minister said the tariffs on Peruvian copper will take effect on June 7.']),
    ).toEqual(['2026-06-07']);
  });
});
