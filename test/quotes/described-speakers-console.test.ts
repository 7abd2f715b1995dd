import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW } from '../helpers/tariff.ts';

/**
 * Speakers an article describes but does not name ("a senior White House official"), as `/quote`
 * shows them, in sentences of our own: under the description, marked unnamed, apart from the
 * people the article names.
 */
const STORY = [
  'Trade Minister Ana Harlow met exporters on Monday.',
  '“Talks are going well,” Harlow said.',
  '“We expect a deal within weeks,” a senior White House official told reporters.',
  'A Harlow Port Authority official told Reuters the talks had stalled. “We have no hope of quick relief,” the official said.',
];

async function quote(query: string) {
  const corpus = newCorpus('console-described-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', STORY);
  const out = await runConsoleJson(`/quote ${query}`, { corpus, now: TARIFF_NOW });
  const data = out.data as { quotes?: { text: string }[] } | undefined;
  return {
    content: out.reply.content ?? '',
    list: out.reply.embeds?.[0]?.description ?? '',
    quotes: (data?.quotes ?? []).map((q) => q.text),
  };
}

describe('/quote shows a described speaker under the description', () => {
  it('lists them apart from the named, marked unnamed', async () => {
    const { list } = await quote('');
    expect(list).toContain('**senior White House official** — 1 quotation · unnamed, as the articles describe them');
    expect(list).toContain('**Harlow Port Authority official** — 1 quotation · unnamed');
    expect(list).toContain('**Ana Harlow** — 1 quotation\n');
  });

  it('finds their words by the description, and the named person keeps hers', async () => {
    const official = await quote('speaker:"Harlow Port Authority official"');
    expect(official.content).toContain('unnamed, as the articles describe them');
    expect(official.quotes).toEqual(['We have no hope of quick relief']);
    const white = await quote('speaker:"Ana Harlow"');
    expect(white.quotes).toEqual(['Talks are going well']);
  });
});

describe('/quote reads "they" after a described speaker as that speaker', () => {
  it('gives the words "they said" to the official described just before', async () => {
    const corpus = newCorpus('console-described-they-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
      'A senior administration official, speaking on condition of anonymity, said relief could come within weeks.',
      '“As soon as they pass that bill, we will be in a position to act,” they said.',
    ]);
    const out = await runConsoleJson('/quote speaker:"administration official"', { corpus, now: TARIFF_NOW });
    const data = out.data as { quotes?: { text: string }[] } | undefined;
    expect((data?.quotes ?? []).map((q) => q.text)).toEqual([
      'As soon as they pass that bill, we will be in a position to act',
    ]);
  });
});

describe('/quote reads "a government source" as a described speaker', () => {
  it('gives both quotations told of the source to it, not to the agency it told', async () => {
    const corpus = newCorpus('console-described-source-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
      '“The call went badly, there was no deal for Ruritania,” a government source tells Reuters. “But there was no quarrel either.”',
    ]);
    const out = await runConsoleJson('/quote speaker:"government source"', { corpus, now: TARIFF_NOW });
    const data = out.data as { quotes?: { text: string }[] } | undefined;
    expect(out.reply.content ?? '').toContain('unnamed, as the articles describe them');
    expect((data?.quotes ?? []).map((q) => q.text)).toEqual([
      'The call went badly, there was no deal for Ruritania',
      'But there was no quarrel either.',
    ]);
  });
});

describe('/quote never gives an unnamed speaker’s next words to the agency they told', () => {
  it('keeps the words after “…,” a person close to the talks told Reuters from Reuters', async () => {
    const corpus = newCorpus('console-described-agency-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
      '“The call went badly,” a person close to the talks told Reuters. “But there was no quarrel.”',
    ]);
    const out = await runConsoleJson('/quote speaker:"Reuters"', { corpus, now: TARIFF_NOW });
    const data = out.data as { quotes?: { text: string }[] } | undefined;
    expect((data?.quotes ?? []).map((q) => q.text)).toEqual([]);
    expect(out.reply.content ?? '').not.toContain('no quarrel');
  });
});

describe('/quote knows an official described by the body named after them', () => {
  it('finds "the official said" under the official from the ministry', async () => {
    const corpus = newCorpus('console-described-from-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
      'A senior official from the Lindovian Ministry of Finance said the duties would weigh on exports this year.',
      '“We see the strain on lumber and on dairy,” the official said.',
    ]);
    const out = await runConsoleJson('/quote speaker:"official from the Lindovian Ministry of Finance"', {
      corpus,
      now: TARIFF_NOW,
    });
    const data = out.data as { quotes?: { text: string }[] } | undefined;
    expect(out.reply.content ?? '').toContain('unnamed, as the articles describe them');
    expect((data?.quotes ?? []).map((q) => q.text)).toEqual(['We see the strain on lumber and on dairy']);
  });
});

describe('/quote reads "the source said" as the informant described before', () => {
  it('gives the words to the unnamed diplomat the sentence before describes, whatever news first called them', async () => {
    const corpus = newCorpus('console-described-informant-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
      'President Ann Lee vowed to reciprocate if the tariffs take effect.',
      'No measures will come before then, said a Ruritanian diplomat who requested anonymity. "We have until August 1," the source said, according to the BBC.',
    ]);
    const out = await runConsoleJson('/quote speaker:"Ruritanian diplomat"', { corpus, now: TARIFF_NOW });
    const data = out.data as { quotes?: { text: string }[] } | undefined;
    expect(out.reply.content ?? '').toContain('unnamed, as the articles describe them');
    expect((data?.quotes ?? []).map((q) => q.text)).toEqual(['We have until August 1']);
  });
});
