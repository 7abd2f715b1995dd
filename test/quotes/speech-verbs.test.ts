import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW } from '../helpers/tariff.ts';

describe('/quote on speech introduced by "mentioned"', () => {
  it('gives the words to the person named after the verb, not to the one named before', async () => {
    const corpus = newCorpus('quote-verbs-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
      'President Karl Brandt set a 20% tariff on goods from the island on Friday.',
      '“The rate was never our target. We will keep negotiating,” mentioned Lin Wei-ting at a press briefing.',
    ]);
    const reply = (await runConsoleJson('/quote lin wei-ting', { corpus, now: TARIFF_NOW })).reply;
    expect(reply.content).toMatch(/^\*\*Lin Wei-ting\*\*.* · 1 quotation/);
    expect(JSON.stringify(reply.embeds)).toMatch(/The rate was never our target/);
  });
});
