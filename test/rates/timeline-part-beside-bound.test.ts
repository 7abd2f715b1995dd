import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/**
 * A surcharge told as in force beside a bound of the average ("exemptions bring the average rate
 * below 25%"): the bound tells no level of the whole, so the surcharge is the rate in force.
 * Sentences written for this test.
 */
describe('/tariff on a surcharge beside a bound of the average rate', () => {
  it('gives the surcharge, not the bound', async () => {
    const corpus = newCorpus('tariff-part-bound-');
    writeArticle(corpus, '2026-08-08-story', 'Danish exporters', '2026-08-08', [
      'Danish Firms Seek Talks on 39% Tariff',
      'The 39% surcharge that kicked in on Thursday is the highest among rich countries and compares with just 15% on the European Union. So far, a glimmer of hope for Danish firms is that key export goods including insulin are exempt, which brings the average rate below 25%, according to economists.',
    ]);
    const embeds =
      (await runConsoleJson('/tariff denmark', { corpus, now: '2026-08-09T12:00:00Z' })).reply.embeds ?? [];
    expect(embeds[0]?.description?.split('\n')[0]).toMatch(/^\*\*39%\*\* on Danish goods/);
  });
});
