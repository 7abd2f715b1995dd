import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/**
 * Wording of real news that stop 29's lanes taught the extractors and the search, asked through the
 * console as a user asks: `/quote`, `/tariff` and `/ask` on one article of sentences we wrote.
 */
const NOW = '2026-09-02T12:00:00Z';
function corpusOf(paragraphs: string[]): string {
  const corpus = newCorpus('console-wording-');
  writeArticle(corpus, '2026-09-01-story', 'Trade story', '2026-09-01', paragraphs);
  return corpus;
}
interface QuoteJson {
  text: string;
  speaker: string;
}

describe('/quote on news wording', () => {
  it('does not make an advertisement placeholder glued to a name part of the speaker', async () => {
    const corpus = corpusOf([
      'The talks in Geneva ended without a deal on Friday.',
      'Hide AdAnna Lindqvist, the Swedish trade minister, said: “We will not give in to threats.”',
    ]);
    const { data } = await runConsoleJson('/quote anna lindqvist', { corpus, now: NOW });
    const quotes = (data as { quotes: QuoteJson[] }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Anna Lindqvist']);
  });
});

describe('/tariff on news wording', () => {
  it('gives the rate to the country the verb after an aside charges, not the one the aside names', async () => {
    const corpus = corpusOf(['India, which levies 100% on US motorcycles, now faces a 50% tariff on its goods.']);
    const embeds = (await runConsoleJson('/tariff india', { corpus, now: NOW })).reply.embeds ?? [];
    expect(embeds[0]?.title).toBe('United States → India');
    expect(embeds[0]?.description?.split('\n')[0]).toMatch(/^\*\*50%\*\* on Indian goods · in force since/);
  });

  it('puts the level that replaced another in force', async () => {
    const corpus = corpusOf(['The 30% tariff on Chilean goods was replaced by a 15% rate on Monday.']);
    const embeds = (await runConsoleJson('/tariff chile', { corpus, now: NOW })).reply.embeds ?? [];
    expect(embeds[0]?.description?.split('\n')[0]).toMatch(/^\*\*15%\*\* on Chilean goods · in force since/);
  });
});

describe('/ask on news wording', () => {
  it('matches a question’s past tense to the news’s present ("who led" to "leads")', async () => {
    const corpus = corpusOf([
      'The Peruvian team spent two days in Geneva discussing farm goods and the team returned home on Friday.',
      'Trade Minister Ana Flores leads the Peruvian delegation in the tariff talks.',
      'The Peruvian team also met business groups in Geneva and the team said the talks went well.',
    ]);
    const { data } = await runConsoleJson('/ask who led the Peruvian team?', { corpus, now: NOW });
    const passages = (data as { passages: { text: string }[] }).passages;
    expect(passages[0]?.text).toContain('Trade Minister Ana Flores leads');
  });
});
