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

describe('/quote on a heated exchange ("interjected", "yelled")', () => {
  const story = [
    'Trade envoy Mara Lindqvist faced questions from Senator Otto Pruitt about the 15% tariff on Monday.',
    'Pruitt interrupted, “So nobody told the envoy about the new rate before it was posted?”',
    '“I was told this morning, like everyone else in the room,” Lindqvist interjected.',
    '“Then who is deciding these rates?” Pruitt yelled.',
  ];

  it('gives each line to the one who interjected or yelled it, not to the one who spoke before', async () => {
    const corpus = newCorpus('quote-verbs-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', story);
    const envoy = (await runConsoleJson('/quote lindqvist', { corpus, now: TARIFF_NOW })).reply;
    expect(envoy.content).toMatch(/^\*\*Mara Lindqvist\*\*.* · 1 quotation/);
    expect(JSON.stringify(envoy.embeds)).toMatch(/I was told this morning/);
    const senator = (await runConsoleJson('/quote pruitt', { corpus, now: TARIFF_NOW })).reply;
    expect(senator.content).toMatch(/^\*\*Otto Pruitt\*\*.* · 2 quotations/);
    expect(JSON.stringify(senator.embeds)).toMatch(/Then who is deciding these rates/);
  });
});
