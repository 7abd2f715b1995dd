import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/** The dates `/deadline list` shows a week before Monday 2026-06-01, over one article of Friday 2026-05-22. */
async function listed(sentence: string): Promise<string[]> {
  const corpus = newCorpus('deadline-rated-tax-');
  writeArticle(corpus, '2026-05-22-levy', 'Levy', '2026-05-22', [sentence]);
  const { data } = await runConsoleJson('/deadline list', { corpus, now: '2026-05-25T00:00:00Z' });
  return (data.deadlines as { date: string }[]).map((d) => d.date);
}

describe('/deadline: a levy news calls a tax by its rate', () => {
  it('shows the day a rated tax on a partner’s goods takes effect', async () => {
    expect(await listed('Washington said Peruvian goods will be subject to a 19% tax, starting on June 7.')).toEqual([
      '2026-06-07',
    ]);
    expect(
      await listed('All Peruvian exports to the US would be subject to a 30 per cent tax, effective 1 June.'),
    ).toEqual(['2026-06-01']);
  });

  it('shows none for a tax that is no levy between countries', async () => {
    expect(await listed('The city council will raise its 5% sales tax on June 1.')).toEqual([]);
  });
});
