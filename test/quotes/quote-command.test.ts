import { describe, expect, it } from 'vitest';
import { quoteCommand, QUOTES_PER_PAGE, SPEAKERS_PER_PAGE } from '../../commands/quote.ts';
import { consoleContext } from '../../src/console/session.ts';
import { loadKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { toDiscordPayload } from '../../src/render/discord-payload.ts';
import type { Reply } from '../../src/render/reply.ts';
import { openStore } from '../../src/store/store.ts';
import { assertChoicesWithinLimits, assertWithinDiscordLimits } from '../fuzz/discord-invariants.ts';
import { knowledgeBaseOf, runConsole, runConsoleJson, SEED_CORPUS, TEST_NOW } from '../helpers/console.ts';
import { QUOTE_FIXTURES } from './labels.ts';

interface QuoteJson {
  speaker: string | null;
  text: string;
  partial: boolean;
  paragraph: number;
  article: { id: string; title: string; outlet: string; published: string };
}

const store = openStore(':memory:');
const contextOf = (corpus: string) => consoleContext(knowledgeBaseOf(corpus), () => new Date(TEST_NOW), store);
const CNBC = '2025-05-30-bessent-says-us-china-trade-talks-are-a-bit';
const FT = '2025-05-30-scott-bessent-says-us-china-trade-talks-are-a-bit';

/** Every page of a paged reply, following its Next button. */
async function allPages(first: Reply, corpus: string): Promise<Reply[]> {
  const press = quoteCommand.button;
  if (!press) throw new Error('/quote has no buttons');
  const pages = [first];
  for (let reply = first; ;) {
    const next = reply.buttons?.find((b) => b.label.startsWith('Next') && !b.disabled);
    if (!next) return pages;
    reply = await press(next.customId.split(':').slice(1), contextOf(corpus));
    pages.push(reply);
  }
}

describe('/quote <speaker> in the console', () => {
  it('gives Bessent’s quotations from both seed articles, each with article, outlet, date and paragraph', async () => {
    const out = await runConsoleJson('/quote bessent');
    expect(out).toMatchObject({ command: 'quote', ok: true, exitCode: 0 });
    const data = out.data as { speaker: { name: string; aliases: string[] }; quotes: QuoteJson[] };
    expect(data.speaker.name).toBe('Scott Bessent');
    expect(data.speaker.aliases).toEqual(expect.arrayContaining(['Bessent', 'Treasury Secretary']));
    expect(new Set(data.quotes.map((q) => q.article.id))).toEqual(new Set([CNBC, FT]));
    expect(data.quotes.every((q) => q.speaker === 'Scott Bessent')).toBe(true);
    expect(data.quotes).toContainEqual(
      expect.objectContaining({
        text: 'a bit stalled',
        partial: true,
        paragraph: 1,
        article: { id: CNBC, title: expect.stringContaining('a bit stalled'), outlet: 'CNBC', published: '2025-05-30' },
      }),
    );
    expect(data.quotes).toContainEqual(
      expect.objectContaining({
        text: 'a bit stagnant',
        partial: true,
        article: expect.objectContaining({ id: FT, outlet: 'Financial Times' }),
      }),
    );
    expect(data.quotes).toContainEqual(
      expect.objectContaining({ text: 'I would say that they are a bit stalled', partial: false, paragraph: 2 }),
    );
    const dates = data.quotes.map((q) => q.article.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('shows the quotation, its citation and whether it is partial, in the terminal', async () => {
    const { stdout, exitCode } = await runConsole('/quote speaker:"Scott Bessent"');
    expect(exitCode).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'Scott Bessent (also US Treasury Secretary, Treasury Secretary, Bessent) · 10 quotations, newest first · page 1 of 2',
    );
    expect(stdout).toContain('> “a bit stalled”\n    — CNBC, 2025-05-30, paragraph 1 · partial quote');
    expect(stdout).toContain('(buttons: Next ▶ = quote:s:scott-bessent:2)');
  });

  it('narrows by topic, over the quotation and its paragraph', async () => {
    const out = await runConsoleJson('/quote speaker:bessent topic:"Fox News"');
    const quotes = (out.data as { quotes: QuoteJson[] }).quotes;
    expect(quotes.map((q) => [q.article.outlet, q.paragraph])).toEqual([
      ['CNBC', 2],
      ['Financial Times', 3],
    ]);
    const none = await runConsoleJson('/quote speaker:bessent topic:soybeans');
    expect(none).toMatchObject({ ok: false, error: 'No quotations from Scott Bessent about “soybeans”.' });
    // A topic of stop words only narrows nothing.
    const empty = await runConsoleJson('/quote speaker:bessent topic:"the and"');
    expect((empty.data as { quotes: unknown[] }).quotes).toHaveLength(10);
    expect((empty.reply as { content: string }).content).not.toContain('about');
  });

  it('finds an organisation by its alias and a speaker by a title', async () => {
    // The fixtures call it "China's Commerce Ministry" most; the other forms are aliases.
    const ministry = await runConsoleJson('/quote the ministry', { corpus: QUOTE_FIXTURES });
    expect(ministry.data).toMatchObject({
      speaker: {
        name: "China's Commerce Ministry",
        aliases: expect.arrayContaining(["China's Ministry of Commerce", 'the ministry']),
      },
    });
    const secretary = await runConsoleJson('/quote Treasury Secretary');
    expect(secretary.data).toMatchObject({ speaker: { name: 'Scott Bessent' } });
  });

  it('says who is not quoted, with the closest speakers', async () => {
    const typo = await runConsoleJson('/quote besent');
    expect(typo).toMatchObject({
      ok: false,
      error: 'No quotations from “besent”. Did you mean Scott Bessent?',
      data: { speaker: null, quotes: [], suggestions: ['Scott Bessent'] },
    });
    const stranger = await runConsoleJson('/quote Janet Yellen');
    expect(stranger).toMatchObject({ ok: false, data: { suggestions: [] } });
    expect(stranger.error).toBe(
      "No quotations from “Janet Yellen”. Most quoted: Scott Bessent, China's Ministry of Commerce, China. `/quote` with no speaker lists everyone quoted.",
    );
  });
});

describe('/quote with no speaker', () => {
  it('lists the speakers with their counts, most quoted first', async () => {
    const out = await runConsoleJson('/quote');
    expect(out.ok).toBe(true);
    expect(out.data).toEqual({
      speaker: null,
      quotes: [],
      speakers: [
        { name: 'Scott Bessent', count: 10 },
        { name: "China's Ministry of Commerce", count: 2 },
        // 'China also agreed to "stop or cancel" …': words run into a sentence are its subject's.
        { name: 'China', count: 1 },
        { name: 'Huo Jianguo', count: 1 },
      ],
      page: 1,
      pages: 1,
    });
  });

  it('counts only the quotations about a topic, the unnamed speaker’s too', async () => {
    const out = await runConsoleJson('/quote topic:steel', { corpus: QUOTE_FIXTURES });
    expect(out.data).toEqual({
      speaker: null,
      quotes: [],
      speakers: [
        { name: 'Gareth Stace', count: 4 },
        { name: 'Chris McDonald', count: 2 },
        { name: 'Jonathan Reynolds', count: 2 },
        { name: 'Lena Hartmann', count: 2 },
        { name: 'Axel Eggert', count: 1 },
        { name: 'UK Steel', count: 1 },
      ],
      page: 1,
      pages: 1,
    });
    const { stdout } = await runConsole('/quote topic:steel', { corpus: QUOTE_FIXTURES });
    expect(stdout).toContain('6 speakers');
    expect(stdout).toContain('and 1 quotation whose speaker the articles do not name');
    const none = await runConsole('/quote topic:quinoa', { corpus: QUOTE_FIXTURES });
    expect(none.stdout).toContain('No one is quoted about “quinoa”.');
  });

  it('pages a long list, within Discord limits', async () => {
    const first = await quoteCommand.handle({}, contextOf(QUOTE_FIXTURES));
    const pages = await allPages(first, QUOTE_FIXTURES);
    const speakers = (first.data as { speakers: unknown[] }).speakers;
    // Fixed numbers, not ones computed from the reply: 76 speakers in the fixtures, 20 a page (two of
    // them described, not named: "Mexican official", "administration official").
    expect(SPEAKERS_PER_PAGE).toBe(20);
    expect(speakers).toHaveLength(76);
    expect(pages).toHaveLength(4);
    expect(pages.map((p) => p.embeds?.[0]?.description?.split('\n').length)).toEqual([20, 20, 20, 16]);
    for (const page of pages) assertWithinDiscordLimits(toDiscordPayload(page));
    const listed = pages.flatMap((p) => p.embeds?.[0]?.description?.split('\n') ?? []);
    expect(listed).toHaveLength(speakers.length);
  });
});

describe('paging with buttons', () => {
  it('pages through all of a speaker’s quotations with Previous / Next, each page within Discord limits', async () => {
    const ctx = contextOf(SEED_CORPUS);
    const first = await quoteCommand.handle({ speaker: 'bessent' }, ctx);
    const all = (first.data as { quotes: QuoteJson[] }).quotes.map((q) => q.text);
    expect(first.buttons).toEqual([
      { customId: 'quote:s:scott-bessent:0', label: '◀ Previous', disabled: true },
      { customId: 'quote:s:scott-bessent:2', label: 'Next ▶', disabled: false },
    ]);
    const pages = await allPages(first, SEED_CORPUS);
    // Bessent's 10 quotations in the seed articles, at most 5 a page (QUOTES_PER_PAGE).
    expect(QUOTES_PER_PAGE).toBe(5);
    expect(all).toHaveLength(10);
    expect(pages.map((p) => p.embeds?.length)).toEqual([5, 5]);
    const shown = pages.flatMap((p) => p.embeds?.map((e) => e.description?.split('\n')[0]) ?? []);
    expect(shown).toEqual(all.map((text) => `> “${text}”`));
    for (const page of pages) assertWithinDiscordLimits(toDiscordPayload(page));
    const last = pages[pages.length - 1];
    expect(last?.buttons?.map((b) => [b.customId, b.disabled])).toEqual([
      ['quote:s:scott-bessent:1', false],
      ['quote:s:scott-bessent:3', true],
    ]);
    expect(last?.content).toContain(`page ${pages.length} of ${pages.length}`);
  });

  it('works after a restart: the button id holds the speaker, page and topic', async () => {
    const before = await quoteCommand.handle({ speaker: 'Scott Bessent', topic: 'talks' }, contextOf(SEED_CORPUS));
    const next = before.buttons?.find((b) => b.label.startsWith('Next'));
    expect(next?.customId).toBe('quote:s:scott-bessent:2:talks');
    const fresh = consoleContext(loadKnowledgeBase(SEED_CORPUS), () => new Date(TEST_NOW), openStore(':memory:'));
    const after = await quoteCommand.button?.(next?.customId.split(':').slice(1) ?? [], fresh);
    expect(after?.ok).toBe(true);
    expect(after?.data).toMatchObject({ page: 2, speaker: { name: 'Scott Bessent' } });
    expect((after?.data as { quotes: unknown[] }).quotes).toEqual((before.data as { quotes: unknown[] }).quotes);
    const pressed = await runConsoleJson(`/button ${next?.customId}`);
    expect(pressed.data).toMatchObject({ page: 2 });
  });

  it('answers a stale button kindly', async () => {
    const gone = await quoteCommand.button?.(['s', 'janet-yellen', '2'], contextOf(SEED_CORPUS));
    expect(gone).toMatchObject({
      ok: false,
      error: 'These quotations are no longer in the corpus. Run `/quote` again.',
    });
    const beyond = await quoteCommand.button?.(['s', 'scott-bessent', '99'], contextOf(SEED_CORPUS));
    expect(beyond?.data).toMatchObject({ page: 2, pages: 2 });
  });
});

describe('speaker autocomplete', () => {
  it('offers Bessent for "bes", with his count', async () => {
    const choices =
      (await quoteCommand.autocomplete?.({ name: 'speaker', value: 'bes' }, contextOf(SEED_CORPUS))) ?? [];
    expect(choices[0]).toEqual({ name: 'Scott Bessent · 10 quotations', value: 'Scott Bessent' });
    assertChoicesWithinLimits(choices);
  });

  it('ranks an alias above a prefix match and stays within 25 choices', async () => {
    const ctx = contextOf(QUOTE_FIXTURES);
    const choices = (await quoteCommand.autocomplete?.({ name: 'speaker', value: 'Treasury Secretary' }, ctx)) ?? [];
    expect(choices[0]?.value).toBe('Scott Bessent');
    const all = (await quoteCommand.autocomplete?.({ name: 'speaker', value: '' }, ctx)) ?? [];
    expect(all).toHaveLength(25);
    assertChoicesWithinLimits(all);
  });
});
