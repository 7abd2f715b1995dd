import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { runAutocomplete } from '../../src/dispatch/dispatch.ts';
import type { CommandContext } from '../../src/dispatch/context.ts';
import { createLogger } from '../../src/log/logger.ts';
import { openStore } from '../../src/store/store.ts';
import { assertWithinDiscordLimits, choicesViolations } from '../fuzz/discord-invariants.ts';
import { knowledgeBaseOf, runConsole, runConsoleJson } from '../helpers/console.ts';

const FIXTURES = 'test/fixtures/rates';
/** A day after the newest fixture article. */
const FIXTURES_NOW = '2025-11-21T12:00:00Z';

interface RateData {
  imposer: string;
  target: string;
  percent: number;
  qualifier?: string;
  status: string;
  products?: string[];
  asOf: string;
  sentence: string;
  paragraph: number;
  article: { id: string; title: string; outlet: string; published: string };
}
const ratesOf = (data: Record<string, unknown>, key: 'current' | 'rates') => data[key] as RateData[];
const brief = (r: RateData) =>
  `${r.imposer} → ${r.target} ${r.qualifier ? `${r.qualifier} ` : ''}${r.percent}% ${r.status} ${r.asOf} ¶${r.paragraph}`;

describe('/tariff on the seed articles, through the console', () => {
  it('gives US→China 30% and China→US 10% as of 2025-05-30, each cited, with 145% as the earlier US rate', async () => {
    const json = await runConsoleJson('/tariff china');
    expect(json).toMatchObject({ command: 'tariff', ok: true, exitCode: 0 });
    expect(json.data.country).toBe('China');
    const current = ratesOf(json.data, 'current');
    expect(current.map(brief)).toEqual([
      'United States → China 30% current 2025-05-30 ¶7',
      'China → United States 10% current 2025-05-30 ¶7',
    ]);
    for (const rate of current) {
      expect(rate.article).toMatchObject({
        outlet: 'Financial Times',
        published: '2025-05-30',
        title: "Scott Bessent says US-China trade talks are 'a bit stagnant'",
      });
      expect(rate.sentence).toMatch(
        /imposed by the U\.S\. on China falling to 30% this year and China dropping to 10%\.$/,
      );
    }
    expect(ratesOf(json.data, 'rates').map(brief)).toEqual([
      'China → United States over 100% previous 2025-05-30 ¶3',
      'United States → China over 100% previous 2025-05-30 ¶3',
      'United States → China 145% previous 2025-05-30 ¶2',
      'United States → China 30% current 2025-05-30 ¶7',
      'China → United States 10% current 2025-05-30 ¶7',
    ]);
    expect(ratesOf(json.data, 'rates')[2]?.sentence).toMatch(/tariffs, which has soared to 145%\.$/);
    assertWithinDiscordLimits(json.reply);
    const [toChina, toUs] = json.reply.embeds ?? [];
    expect(toChina?.title).toBe('United States → China');
    expect(toChina?.description).toMatch(
      /^\*\*30%\*\* on Chinese goods · in force since <t:1748563200:D> · on top of other duties · source of <t:1748563200:D> \(540 days ago\)\n> After the talks/,
    );
    expect(toChina?.description).toContain('— Financial Times, <t:1748563200:D>, paragraph 7');
    expect(toChina?.fields?.find((f) => f.name.startsWith('Every statement'))?.value).toContain(
      '• **145%** · replaced — Financial Times, <t:1748563200:D>, paragraph 2',
    );
    expect(toUs?.description).toMatch(/^\*\*10%\*\* on American goods · in force since <t:\d+:D> · source of/);
  });

  it('says how old the newest source is, and warns only past 30 days', async () => {
    const stale = await runConsole('/tariff china');
    expect(stale.exitCode).toBe(0);
    expect(stale.stdout).toContain(
      'Tariffs between the United States and China · newest source: 2025-05-30 (540 days ago)',
    );
    expect(stale.stdout).toContain('⚠️ The newest source is 540 days old: these rates may have changed since.');
    expect(stale.stdout).toContain(
      '30% on Chinese goods · in force since 2025-05-30 · on top of other duties · source of 2025-05-30 (540 days ago)',
    );
    expect(stale.stdout).toContain('• over 100% · replaced — CNBC, 2025-05-30, paragraph 3');
    const fresh = await runConsole('/tariff china', { now: '2025-06-09T12:00:00Z' });
    expect(fresh.stdout).toContain('newest source: 2025-05-30 (10 days ago)');
    expect(fresh.stdout).not.toContain('⚠️');
  });

  it('names countries by capital or demonym, in any case', async () => {
    for (const line of ['/tariff Beijing', '/tariff chinese', '/tariff country:"CHINA"']) {
      expect((await runConsoleJson(line)).data.country).toBe('China');
    }
  });

  it('offers the closest countries with data for an unknown name, and says so when a known one has none', async () => {
    const typo = await runConsoleJson('/tariff chna');
    expect(typo).toMatchObject({
      ok: false,
      error: 'No country is called “chna”. Countries with rates in the corpus, closest first: China.',
    });
    expect(typo.data).toEqual({ country: 'chna', suggestions: ['China'] });
    expect(typo.reply.flags).toBe(MessageFlags.Ephemeral);
    const none = await runConsoleJson('/tariff germany');
    expect(none).toMatchObject({
      ok: false,
      error:
        'No article in the corpus states a tariff rate between the United States and Germany. Countries with rates in the corpus: China.',
    });
    const home = await runConsoleJson('/tariff us');
    expect(home.error).toMatch(/^`\/tariff` shows what the United States and one partner charge each other/);
  });
});

describe('/tariff on the fixture articles, through the console', () => {
  const run = (line: string) => runConsoleJson(line, { corpus: FIXTURES, now: FIXTURES_NOW });

  it('takes the newest current rate, lists product rates apart, and says when a direction has no current rate', async () => {
    const json = await run('/tariff canada');
    expect(ratesOf(json.data, 'current').map(brief)).toEqual(['United States → Canada 35% current 2025-08-22 ¶2']);
    const [toCanada, toUs] = json.reply.embeds ?? [];
    expect(toCanada?.description).toMatch(
      /^\*\*35%\*\* on Canadian goods · in force since <t:\d+:D> · outside the USMCA · source of/,
    );
    expect(toCanada?.fields?.find((f) => f.name === 'Limited to products')?.value).toMatch(
      /^• \*\*10%\*\* on energy, potash · in force since <t:\d+:D> — Harbor Wire/,
    );
    // Canada scrapped its 25% counter-tariffs on consumer goods on 2025-08-22: only product duties remain.
    expect(toUs?.description).toBe(
      'No article in the corpus states a current rate that Canada charges on American goods. What the articles do say is below.',
    );
    expect(toUs?.fields?.find((f) => f.name === 'Limited to products')?.value).toContain(
      '• **25%** on steel, aluminum, autos · in force since',
    );
    const history = ratesOf(json.data, 'rates');
    expect(history.map((r) => r.asOf)).toEqual([...history.map((r) => r.asOf)].sort().reverse());
    expect(history.map(brief)).toContain('Canada → United States 25% previous 2025-08-22 ¶1');
    assertWithinDiscordLimits(json.reply);
  });

  it('prefers a combined rate to its parts, and keeps a long history within Discord’s limits', async () => {
    const json = await run('/tariff country:"European Union"');
    expect(json.reply.content).toMatch(/^\*\*Tariffs between the United States and the European Union\*\*/);
    const china = await run('/tariff china');
    expect(ratesOf(china.data, 'current').map(brief)).toEqual([
      'United States → China about 47% current 2025-10-31 ¶2',
      'China → United States 10% current 2025-10-31 ¶3',
    ]);
    expect(ratesOf(china.data, 'rates').length).toBeGreaterThan(40);
    expect(china.reply.embeds?.[0]?.fields?.at(-1)?.value).toMatch(/\n… and \d+ more$/);
    assertWithinDiscordLimits(china.reply);
  });

  it('shows a rate that may change next: China’s suspended 24%', async () => {
    const json = await run('/tariff china');
    expect(json.reply.embeds?.[1]?.fields?.find((f) => f.name === 'What may change')?.value).toMatch(
      /^• \*\*24%\*\* · paused · on top of other duties — Ledger Daily/,
    );
  });
});

describe('/tariff on parts that one sentence adds up', () => {
  it('shows their sum as the rate in force, citing that sentence', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'tariff-parts-'));
    writeFileSync(
      join(corpus, '2025-08-12-japan-parts.md'),
      [
        '---',
        'title: Japanese exporters face two layers of duty',
        'outlet: Harbor Wire',
        'published: 2025-08-12',
        'url: https://example.com/harbor-wire/japan-parts',
        '---',
        '',
        'Japanese goods now face a 10% baseline tariff plus a 15% reciprocal rate, customs officials said.',
        '',
      ].join('\n'),
    );
    const json = await runConsoleJson('/tariff japan', { corpus, now: '2025-08-13T12:00:00Z' });
    const [toJapan] = json.reply.embeds ?? [];
    expect(toJapan?.description).toMatch(
      /^\*\*25%\*\* on Japanese goods · in force since <t:\d+:D> · combined rate · source of/,
    );
    expect(toJapan?.description).toContain(
      '> Japanese goods now face a 10% baseline tariff plus a 15% reciprocal rate',
    );
  });
});

describe('/tariff autocomplete', () => {
  const ctx = (corpus: string): CommandContext => ({
    kb: knowledgeBaseOf(corpus),
    store: openStore(':memory:'),
    now: () => new Date(FIXTURES_NOW),
    invoker: { id: '300000000000000003', canManageGuild: false },
    guildId: '100000000000000001',
    channelId: '200000000000000002',
  });
  const complete = (corpus: string, value: string) =>
    runAutocomplete(
      commands,
      'tariff',
      { name: 'country', value },
      { values: {} },
      ctx(corpus),
      createLogger('silent'),
    );

  it('lists the countries that have statements, most first, matching names, demonyms and capitals', async () => {
    expect(await complete('corpus', '')).toEqual([{ name: 'China (5 statements)', value: 'China' }]);
    const all = await complete(FIXTURES, '');
    expect(all[0]).toEqual({ name: expect.stringMatching(/^China \(\d+ statements\)$/), value: 'China' });
    expect(all.map((c) => c.value)).toEqual(
      expect.arrayContaining(['Canada', 'Japan', 'Laos', 'European Union', 'Brazil']),
    );
    expect(all.map((c) => c.value)).not.toContain('United States');
    expect(choicesViolations(all)).toEqual([]);
    expect((await complete(FIXTURES, 'ottawa')).map((c) => c.value)).toEqual(['Canada']);
    expect((await complete(FIXTURES, 'brussels')).map((c) => c.value)).toEqual(['European Union']);
    expect(await complete(FIXTURES, 'zzz')).toEqual([]);
  });
});
