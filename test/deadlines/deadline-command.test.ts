import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { runAutocomplete, runCommand } from '../../src/dispatch/dispatch.ts';
import type { CommandContext } from '../../src/dispatch/context.ts';
import { createLogger } from '../../src/log/logger.ts';
import { openStore } from '../../src/store/store.ts';
import { corpusWith, newCorpus, writeArticle } from '../follows/articles.ts';
import { knowledgeBaseOf, runConsole, runConsoleJson } from '../helpers/console.ts';

const FIXTURES = 'test/fixtures/deadlines';

interface DeadlineData {
  id: string;
  kind: string;
  title: string;
  origin: string;
  date: string;
  at: string;
  status: string;
  approximate: boolean;
  sentence?: string;
  article?: { id: string; outlet: string; published: string; paragraph: number };
  alsoIn?: { id: string; published: string }[];
  history: {
    date: string;
    sentence?: string;
    article?: { id: string; published: string };
    alsoIn?: { published: string }[];
  }[];
}
const deadlinesOf = (data: Record<string, unknown>) => data.deadlines as DeadlineData[];

describe('/deadline list, through the console', () => {
  it('gives the seed articles’ Geneva truce as JSON data, honouring --now', async () => {
    const before = await runConsoleJson('/deadline list', { now: '2025-06-01T00:00:00Z' });
    expect(before).toMatchObject({ command: 'deadline', ok: true, exitCode: 0 });
    expect(deadlinesOf(before.data)).toEqual([
      {
        id: 'us-china-tariffs',
        kind: 'ends',
        title: 'US–China tariff truce',
        origin: 'corpus',
        date: '2025-08-10',
        at: '2025-08-11T03:59:59.000Z',
        status: 'upcoming',
        approximate: true,
        sentence: expect.stringMatching(/^After the talks in Switzerland.*for at least the next 90 days/),
        article: expect.objectContaining({ outlet: 'Financial Times', published: '2025-05-30', paragraph: 7 }),
        history: [],
      },
    ]);
    expect(before.reply.embeds[0]?.description).toContain(
      'Ends <t:1754884799:F> (<t:1754884799:R>), approximately: worked out from a duration',
    );
    const after = await runConsoleJson('/deadline list');
    expect(deadlinesOf(after.data).map((d) => d.status)).toEqual(['passed']);
  });

  it('lists upcoming deadlines soonest first, then passed ones latest first, each with cited history', async () => {
    const { data, reply } = await runConsoleJson('/deadline list', { corpus: FIXTURES, now: '2025-12-01T00:00:00Z' });
    const deadlines = deadlinesOf(data);
    expect(deadlines.map((d) => [d.id, d.date, d.status])).toEqual([
      ['us-mexico-tariffs', '2026-01-05', 'upcoming'],
      ['us-eu-tariffs', '2026-04-09', 'upcoming'],
      ['us-china-tariffs', '2025-11-10', 'passed'],
      ['us-canada-tariffs', '2025-04-02', 'passed'],
    ]);
    const china = deadlines[2];
    expect(china?.history.map((h) => [h.date, h.article?.id])).toEqual([
      ['2025-08-12', '2025-08-11-us-china-truce-extended'],
    ]);
    expect(china?.history[0]?.sentence).toMatch(/^President Trump signed an order extending/);
    expect(reply.content).toBe('**4 deadlines** · 2 upcoming, 2 passed');
    expect(reply.embeds[2]?.description).toContain('Earlier: <t:1754956800:D>\n> President Trump signed');
  });

  it('counts a duration in months on the calendar: a month from 6 March ends on 6 April', async () => {
    const corpus = newCorpus('deadline-month-');
    // 2025-03-06 is a Thursday.
    writeArticle(corpus, '2025-03-07-reprieve', 'Reprieve', '2025-03-07', [
      'The president on Thursday postponed the 25% tariffs on many imports from Ruritania for a month.',
    ]);
    const { data } = await runConsoleJson('/deadline list', { corpus, now: '2025-03-08T00:00:00Z' });
    expect(deadlinesOf(data).map((d) => [d.date, d.approximate])).toEqual([['2025-04-06', true]]);
  });

  it('filters by status and name', async () => {
    const upcoming = await runConsoleJson('/deadline list status:upcoming', {
      corpus: FIXTURES,
      now: '2025-12-01T00:00:00Z',
    });
    expect(deadlinesOf(upcoming.data).map((d) => d.id)).toEqual(['us-mexico-tariffs', 'us-eu-tariffs']);
    const one = await runConsoleJson('/deadline list name:"US–China tariff truce"', {
      corpus: FIXTURES,
      now: '2025-12-01T00:00:00Z',
    });
    expect(deadlinesOf(one.data).map((d) => d.id)).toEqual(['us-china-tariffs']);
    const none = await runConsoleJson('/deadline list name:nothing', { corpus: FIXTURES });
    expect(none).toMatchObject({ ok: false, error: expect.stringContaining('No deadline is called “nothing”') });
  });

  it('prints dates as text in the terminal', async () => {
    const { stdout } = await runConsole('/deadline list', { corpus: FIXTURES, now: '2025-12-01T00:00:00Z' });
    expect(stdout).toContain('US–Mexico tariff reprieve');
    expect(stdout).toContain('Ends 2026-01-06 04:59 UTC (in 36 days)');
    expect(stdout).toContain('— “Mexico gets more time”, Fixture Journal, 2025-11-20, paragraph 1');
  });
});

describe('/deadline list on deadlines news tells without a date beside them, through the console', () => {
  it('shows an end told as "this week" on the day the article gives, citing both sentences, and a start told by its moment', async () => {
    const { data, reply } = await runConsoleJson('/deadline list', {
      corpus: 'test/fixtures/deadline-news',
      now: '2025-10-01T00:00:00Z',
    });
    expect(deadlinesOf(data).map((d) => [d.id, d.kind, d.date, d.status, d.approximate])).toEqual([
      ['us-mexico-tariffs', 'ends', '2025-11-01', 'upcoming', false],
      ['us-china-tariffs-effect-2025-02-04', 'takes effect', '2025-02-04', 'passed', false],
    ]);
    expect(deadlinesOf(data)[0]?.sentence).toMatch(
      /is set to end this week, .* … “There will be no new tariffs on Nov\. 1/,
    );
    expect(reply.embeds[1]?.description).toContain('Took effect <t:1738731599:F>');
    expect(reply.embeds[1]?.description).toContain(
      'just minutes after the 10% US tariffs on Chinese goods took effect',
    );
  });
});

describe('/deadline add and remove, through the console', () => {
  it('adds a server deadline at the end of the day in New York, and says so', async () => {
    const store = openStore(':memory:');
    const added = await runConsoleJson('/deadline add name:"G7 summit" date:2025-06-15', {
      store,
      now: '2025-06-01T00:00:00Z',
    });
    expect(added).toMatchObject({
      ok: true,
      data: {
        timeZone: 'America/New_York',
        moved: false,
        deadline: {
          id: 'server-g7-summit',
          origin: 'server',
          date: '2025-06-15',
          at: '2025-06-16T03:59:59.000Z',
          status: 'upcoming',
        },
      },
    });
    expect(added.reply.content).toContain('No time given, so it ends at the end of 2025-06-15 in America/New_York');
    const list = await runConsoleJson('/deadline list', { store, now: '2025-06-01T00:00:00Z' });
    expect(deadlinesOf(list.data).map((d) => d.id)).toEqual(['server-g7-summit', 'us-china-tariffs']);
  });

  it('takes a time and a zone', async () => {
    const store = openStore(':memory:');
    const added = await runConsoleJson(
      '/deadline add name:"EU deal" date:2025-07-09 time:12:00 timezone:Europe/Brussels',
      { store, now: '2025-06-01T00:00:00Z' },
    );
    expect(added.data).toMatchObject({ deadline: { at: '2025-07-09T10:00:00.000Z' }, timeZone: 'Europe/Brussels' });
    expect(added.reply.content).toContain('Time zone: Europe/Brussels.');
  });

  it('moves a server deadline when added again, keeping the old date as history', async () => {
    const store = openStore(':memory:');
    await runConsoleJson('/deadline add name:"G7 summit" date:2025-06-15', { store, now: '2025-06-01T00:00:00Z' });
    const moved = await runConsoleJson('/deadline add name:"g7 summit" date:2025-06-17', {
      store,
      now: '2025-06-02T00:00:00Z',
    });
    expect(moved.data).toMatchObject({
      moved: true,
      deadline: { date: '2025-06-17', history: [{ date: '2025-06-15', approximate: false }] },
    });
    expect(moved.reply.content).toMatch(/^Moved \*\*g7 summit\*\* from <t:1750046399:F> to <t:1750219199:F>/);
  });

  it('refuses bad input and removing a deadline from the news', async () => {
    const store = openStore(':memory:');
    expect(await runConsoleJson('/deadline add name:x date:someday', { store })).toMatchObject({
      ok: false,
      error: expect.stringContaining('is not a date'),
    });
    expect(await runConsoleJson('/deadline add name:x date:2025-06-15 timezone:Mars', { store })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unknown time zone'),
    });
    expect(await runConsoleJson('/deadline remove name:us-china-tariffs', { store })).toMatchObject({
      ok: false,
      error: expect.stringContaining('comes from the news'),
    });
  });

  it('removes a server deadline and disables its reminders', async () => {
    const store = openStore(':memory:');
    const now = '2025-06-01T00:00:00Z';
    await runConsoleJson('/deadline add name:"G7 summit" date:2025-06-15', { store, now });
    await runConsoleJson('/remind add deadline:"G7 summit"', { store, now });
    const removed = await runConsoleJson('/deadline remove name:"G7 summit"', { store, now });
    expect(removed).toMatchObject({ ok: true, data: { removed: 'server-g7-summit', disabledReminders: [1] } });
    const list = await runConsoleJson('/remind list', { store, now });
    expect(list.data).toMatchObject({
      reminders: [{ id: 1, status: 'disabled', disabledReason: 'its deadline “G7 summit” was removed' }],
    });
  });
});

describe('/deadline permissions and autocomplete', () => {
  const member = (canManageGuild: boolean): CommandContext => ({
    kb: knowledgeBaseOf(),
    store: openStore(':memory:'),
    now: () => new Date('2025-06-01T00:00:00Z'),
    invoker: { id: '300000000000000003', canManageGuild },
    guildId: '100000000000000001',
    channelId: '200000000000000002',
  });
  const log = createLogger('silent');

  it('refuses add and remove to a member without Manage Server, but lets anyone list', async () => {
    const ctx = member(false);
    const add = await runCommand(
      commands,
      'deadline',
      { subcommand: 'add', values: { name: 'G7', date: '2025-06-15' } },
      ctx,
      log,
    );
    expect(add.reply).toMatchObject({
      ok: false,
      ephemeral: true,
      error: 'Only members with the Manage Server permission can use `/deadline add`.',
    });
    expect(await ctx.store.serverDeadlines.list(ctx.guildId)).toEqual([]);
    const remove = await runCommand(commands, 'deadline', { subcommand: 'remove', values: { name: 'G7' } }, ctx, log);
    expect(remove.reply.error).toBe('Only members with the Manage Server permission can use `/deadline remove`.');
    expect((await runCommand(commands, 'deadline', { subcommand: 'list', values: {} }, ctx, log)).reply.ok).toBe(true);
  });

  it('completes deadline names and time zones', async () => {
    const ctx = member(true);
    expect(
      await runAutocomplete(
        commands,
        'deadline',
        { name: 'name', value: 'china' },
        { subcommand: 'list', values: {} },
        ctx,
        log,
      ),
    ).toEqual([{ name: 'US–China tariff truce (2025-08-10)', value: 'us-china-tariffs' }]);
    expect(
      await runAutocomplete(
        commands,
        'deadline',
        { name: 'timezone', value: 'brus' },
        { subcommand: 'add', values: {} },
        ctx,
        log,
      ),
    ).toEqual([{ name: 'Europe/Brussels', value: 'Europe/Brussels' }]);
  });
});

describe('/deadline list on a date several articles state, through the console', () => {
  it('cites the first article and names the later ones, in text and JSON', async () => {
    const corpus = corpusWith('deadline-also-', [
      ['first', 'Japan pause ends soon', '2026-07-01', ['The tariff pause between the US and Japan ends on July 9.']],
      ['second', 'Japan waits', '2026-07-03', ['The pause on US tariffs on Japanese goods expires on July 9.']],
      [
        'third',
        'Tokyo talks',
        '2026-07-06',
        [
          'The US pause on tariffs for Japan was set to run out on July 9.',
          // A day something was reported is no end: this gave the next Monday before. The 30 days
          // count from the July 9 the paragraph before gives, which stays as the earlier date.
          'Washington extended the tariff deadline for Japan for another 30 days, a Tokyo daily reported on Monday.',
        ],
      ],
    ]);
    const now = '2026-07-07T00:00:00Z';
    const { data } = await runConsoleJson('/deadline list', { corpus, now });
    const shown = deadlinesOf(data);
    expect(shown.map((d) => [d.date, d.approximate, d.article?.published])).toEqual([
      ['2026-08-08', true, '2026-07-06'],
    ]);
    expect(shown[0]?.history.map((h) => [h.date, h.article?.published, h.alsoIn?.map((a) => a.published)])).toEqual([
      ['2026-07-09', '2026-07-01', ['2026-07-03', '2026-07-06']],
    ]);
    const { stdout } = await runConsole('/deadline list', { corpus, now });
    expect(stdout).toContain('— “Japan pause ends soon”, Harbor Ledger, 2026-07-01, paragraph 1');
    expect(stdout).toContain('Also stated by Harbor Ledger (2026-07-03) and Harbor Ledger (2026-07-06).');
  });
});

describe('/deadline list on tariffs taken away or applied retroactively, through the console', () => {
  it('names a removal as one, a partner lifting its counter-tariffs as their imposer, and a retroactive day in its year', async () => {
    const corpus = corpusWith('deadline-removal-', [
      [
        'coffee',
        'Coffee tariff lifted',
        '2026-03-20',
        [
          'The White House lifted the 40% tariffs on Peruvian coffee, and the order applies to goods entering on or after March 13.',
        ],
      ],
      [
        'ottawa',
        'Ottawa eases',
        '2026-03-21',
        // The pact's name names no party: before, this also gave a US tariff on Mexico.
        [
          'Canada will lift its counter-tariffs on US goods covered by the Canada-US-Mexico Agreement starting April 1.',
        ],
      ],
      [
        'trucks',
        'Truck relief',
        '2026-03-21',
        // Retroactive: the day lies before the article, in its year, not a year ahead.
        ['The order lowers the US tariff on Peruvian trucks to 15%. The relief is retroactive to March 2.'],
      ],
      [
        'mexico',
        'Mexico reprieve',
        '2026-03-21',
        ['Mexico will not pay tariffs on goods under the United States-Mexico-Canada Agreement until May 2.'],
      ],
    ]);
    const { data } = await runConsoleJson('/deadline list', { corpus, now: '2026-03-22T00:00:00Z' });
    expect(deadlinesOf(data).map((d) => [d.title, d.kind, d.date])).toEqual([
      ['Removal of Canada tariff on US', 'takes effect', '2026-04-01'],
      ['US–Mexico tariff deadline', 'ends', '2026-05-02'],
      ['Removal of US 40% tariff on Peru', 'takes effect', '2026-03-13'],
      ['US 15% tariff on Peru', 'takes effect', '2026-03-02'],
    ]);
    const { stdout } = await runConsole('/deadline list', { corpus, now: '2026-03-22T00:00:00Z' });
    expect(stdout).toContain('Removal of Canada tariff on US');
  });
});

describe('/deadline list on days told in passing, through the console', () => {
  it('dates a change told in the past, a start moved to a later day, a start "by" a day, and a law’s expiration date, but no pause by the day it starts', async () => {
    const corpus = corpusWith('deadline-passing-', [
      [
        'ottawa',
        'Ottawa lifts counter-tariffs',
        '2026-03-22',
        // The earlier sentence's 25% is Canada's; the 35% raised on March 1 is the US's on Canada.
        [
          'In January, Ottawa imposed a 25 per cent counter-tariff on $60 billion worth of US goods. The U.S. tariffs were raised to 35 per cent on March 1.',
        ],
      ],
      [
        'pretoria',
        'Start moved',
        '2026-03-20',
        [
          'The new tariffs on Peruvian goods will no longer be implemented on Friday, 20 March, but only on Thursday, 26 March, to give customs officers time.',
        ],
      ],
      [
        'brussels',
        'Brussels holds fire',
        '2026-03-21',
        // The pause's start is no end, and no tariff's start; a tariff "to take effect by" a day starts then.
        [
          'The EU will suspend its countermeasures against the US for six months. The pause on the retaliatory tariffs is expected to come into effect by March 23.',
          'Separately, the new US tariffs on Peruvian fish will take effect by April 2.',
        ],
      ],
      [
        'cliff',
        'The tariff cliff',
        '2026-03-21',
        [
          'Unlike the earlier tariffs of up to 40% on Chinese goods, Section 122 is capped at 15% and carries a mandatory expiration date of August 18, 2026.',
        ],
      ],
    ]);
    const { data } = await runConsoleJson('/deadline list', { corpus, now: '2026-03-22T00:00:00Z' });
    // The day called off ("no longer … on Friday, 20 March") is the moved start's earlier date.
    const moved = deadlinesOf(data).find((d) => d.date === '2026-03-26');
    expect(moved?.history.map((h) => h.date)).toEqual(['2026-03-20']);
    expect(deadlinesOf(data).map((d) => [d.title, d.kind, d.date])).toEqual([
      ['US tariff on Peru', 'takes effect', '2026-03-26'],
      ['US tariff on Peru', 'takes effect', '2026-04-02'],
      ['US tariff deadline', 'ends', '2026-08-18'],
      ['US tariff on Canada', 'takes effect', '2026-03-01'],
    ]);
  });
});

describe('/deadline on days told without a year', () => {
  it('reads a recent day in words that look ahead as that day, and a clause’s past word as the clause’s', async () => {
    const corpus = newCorpus('deadline-years-');
    writeArticle(corpus, '2026-12-04-notice', 'Notice', '2026-12-04', [
      'The reduced 15% tariff on Peruvian autos is effective Nov. 1, the notice says.',
    ]);
    writeArticle(corpus, '2026-08-01-truce', 'Truce', '2026-08-01', [
      'The tariff truce between the United States and Chile, which started in May, is set to run out on August 12th.',
    ]);
    const { data } = await runConsoleJson('/deadline list', { corpus, now: '2026-12-05T00:00:00Z' });
    expect(
      deadlinesOf(data)
        .map((d) => d.date)
        .sort(),
    ).toEqual(['2026-08-12', '2026-11-01']);
  });
});
