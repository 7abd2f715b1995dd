import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { pairRates } from '../../src/rates/current.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';

/**
 * A deal sets the next level and the same story then tells a threat ("tariffs will be cut to 15% …
 * Officials warned the rate could go back up to 40%"): what the level will be cut to is the one
 * set, not the threat told after it. Sentences written for this test.
 */
const NOW = '2026-09-02T12:00:00Z';
const corpus = newCorpus('ask-set-over-threat-');
writeArticle(corpus, '2026-08-01-peru', 'Peru tariff', '2026-08-01', [
  'Peruvian exporters met in Lima this week.',
  'The United States charges a 25% tariff on Peruvian goods.',
]);
writeArticle(corpus, '2026-09-01-deal', 'Peru deal', '2026-09-01', [
  'Trade officials met in Lima on Monday.',
  'Under the deal, the US tariff on Peruvian goods will be cut to 15% from October 1.',
  'Trump threatened to raise the tariff on Peruvian goods to 40% if Lima broke the deal.',
]);

describe('direction rates: the level set to come beside the newest pending one', () => {
  it('keeps the threat as pending and the level set as coming', () => {
    const [home] = pairRates(loadKnowledgeBase(corpus).rates, 'Peru', '2026-09-02');
    expect(home.pending?.percent).toBe(40);
    expect(home.coming).toMatchObject({ percent: 15, effective: '2026-10-01' });
    expect(home.inForce?.percent).toBe(25);
  });
});

describe('/ask: the level a change sets, over a threat told after it', () => {
  it.each([
    'what will US tariffs on Peruvian goods be cut to?',
    'what tariff will Peruvian goods face under the deal?',
  ])('answers "%s" with the level set', async (question) => {
    const reply = await runConsoleJson(`/ask ${question}`, { corpus, now: NOW });
    expect((reply.data.answer as { text: string }).text).toMatch(
      /^The United States is set to charge 15% on Peruvian goods from 2026-10-01/,
    );
  });
});
