/**
 * A deal's new rates and the day they start, as news tells them: the start may be the article's own
 * day ("from noon on Wednesday" in Wednesday's paper), or a sentence after the deal may give it
 * ("The new rates were slated to begin Wednesday"); the levels the deal goes from hold until then.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';
import { storyCorpus } from './article-rates.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

const rates = (paragraphs: string[], date: string) =>
  loadCorpus(join(storyCorpus(paragraphs, date), 'articles'))
    .articles.flatMap(extractRates)
    .map((s) => `${s.imposer} → ${s.target} ${s.percent}% ${s.status} ${s.effective ?? '-'}`);

// Monday 1 June 2026: the deal; Wednesday 3 June: the partner's own notice.
const DEAL = [
  'Under the agreement, U.S. tariffs on Peruvian goods will fall to 15% from 40%, while Peru will cut its tax on U.S. imports to 5% from 30%.',
  'The new rates were slated to begin Wednesday.',
];
const NOTICE = [
  'Peru will lower its tariffs on U.S. goods to 5 percent starting from noon on Wednesday, the trade ministry said in a statement on Tuesday.',
];

describe('a deal’s start day', () => {
  it('is the day a later sentence gives for the new rates, and the old levels hold until then', () => {
    expect(rates(DEAL, '2026-06-01')).toEqual([
      'United States → Peru 15% scheduled 2026-06-03',
      'United States → Peru 40% current -',
      'Peru → United States 5% scheduled 2026-06-03',
      'Peru → United States 30% current -',
    ]);
  });

  it('may be the article’s own day', () => {
    expect(rates(NOTICE, '2026-06-03')).toEqual(['Peru → United States 5% scheduled 2026-06-03']);
  });

  it('puts the new rates in force that day, each way, in /tariff and /ask', async () => {
    const corpus = newCorpus('console-deal-start-');
    writeArticle(corpus, '2026-06-01-deal', 'Deal with Peru', '2026-06-01', DEAL);
    writeArticle(corpus, '2026-06-03-notice', 'Peru cuts tariffs', '2026-06-03', NOTICE);
    const before = await runConsoleJson('/tariff peru', { corpus, now: '2026-06-02T12:00:00Z' });
    expect(before.reply.embeds?.[0]?.description?.split('\n')[0]).toMatch(/^\*\*40%\*\* on Peruvian goods/);
    const after = await runConsoleJson('/tariff peru', { corpus, now: '2026-06-03T18:00:00Z' });
    expect(after.reply.embeds?.[0]?.description?.split('\n')[0]).toMatch(/^\*\*15%\*\* on Peruvian goods/);
    const asked = await runConsoleJson('/ask what tariff does Peru charge on American goods now?', {
      corpus,
      now: '2026-06-03T18:00:00Z',
    });
    expect((asked.data.answer as { text: string }).text).toMatch(/charges 5% on American goods/);
  });
});
