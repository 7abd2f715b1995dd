import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.ts';
import { runConsole } from '../helpers/console.ts';
import {
  CHINA_30,
  CHINA_CUT,
  CHINA_PAUSED,
  CHINA_STRUCK,
  MOREAU_AGAIN,
  MOREAU_FIRST,
  newCorpus,
  TRUCE_EXTENDED,
  TRUCE_SET,
  writeArticle,
} from './articles.ts';

/** `/follow` in the console: its alerts print for the console's own channel, as reminders do. */

function corpusWith(): string {
  const corpus = newCorpus('follow-console-');
  writeArticle(corpus, 'china-30', 'US raises duties on China', '2026-09-01', CHINA_30);
  return corpus;
}

describe('/follow in the console', () => {
  it('prints the alert of a rate change that a file and /reload bring, once', async () => {
    const corpus = corpusWith();
    const store = openStore(':memory:');
    const run = (line: string) => runConsole(line, { corpus, store, cacheDir: join(corpus, '.cache') });

    const added = await run('/follow add country:china');
    expect(added.stdout).toContain('Follow #1: China in #console.');
    expect(added.reminders).toEqual([]);
    writeArticle(corpus, 'china-20', 'US cuts tariff on China', '2026-11-10', CHINA_CUT);
    const reloaded = await run('/reload');
    expect(reloaded.reminders).toHaveLength(1);
    expect(reloaded.reminders[0]).toMatch(/^\[#console\] /);
    expect(reloaded.reminders[0]).toContain('US rate on Chinese goods: 30% → 20%');
    expect(reloaded.reminders[0]).toContain('“US cuts tariff on China”, Harbor Ledger, 2026-11-10, paragraph 1');
    expect((await run('/reload')).reminders).toEqual([]);

    const list = await run('/follow list');
    expect(list.stdout).toMatch(/#1 China in #console · 1 alert this week/);
    expect((await run('/follow remove id:1')).stdout).toContain('Removed follow #1');
    expect((await run('/follow list')).stdout).toContain('No follows in this server.');
  });

  it('prints one alert when a later article moves a deadline of a followed country, with the old date', async () => {
    const corpus = corpusWith();
    writeArticle(corpus, 'truce-set', 'US and China pause tariffs', '2026-08-10', TRUCE_SET);
    const store = openStore(':memory:');
    const run = (line: string) =>
      runConsole(line, { corpus, store, cacheDir: join(corpus, '.cache'), now: '2026-11-06T12:00:00Z' });
    await run('/follow add country:china changes_only:true');
    writeArticle(corpus, 'truce-extended', 'US-China truce extended a year', '2026-11-05', TRUCE_EXTENDED);
    const alerts = (await run('/reload')).reminders;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/now ends 2027-11-10, was 2026-11-10/);
    expect(alerts[0]).toContain('Harbor Ledger, 2026-11-05, paragraph 1');
    expect((await run('/reload')).reminders).toEqual([]);
  });

  it.each([
    ['struck down', CHINA_STRUCK, 'A federal appeals court struck down the 30% tariff'],
    ['paused', CHINA_PAUSED, 'The White House paused the 30% tariff'],
  ])('says once that the followed rate was %s, citing the article that says so', async (status, text, quoted) => {
    const corpus = corpusWith();
    const store = openStore(':memory:');
    const run = (line: string) =>
      runConsole(line, { corpus, store, cacheDir: join(corpus, '.cache'), now: '2026-11-20T12:00:00Z' });
    await run('/follow add country:china');
    writeArticle(corpus, 'china-ended', 'Ruling on China tariff', '2026-11-19', text);
    const [alert, ...more] = (await run('/reload')).reminders;
    expect(more).toEqual([]);
    expect(alert).toContain(`US rate on Chinese goods: 30% ${status}`);
    expect(alert).toContain(quoted);
    expect(alert).toContain('Harbor Ledger, 2026-11-19, paragraph 1');
    expect((await run('/reload')).reminders).toEqual([]);
  });

  it("quotes a followed speaker's new quotation, cited", async () => {
    const corpus = corpusWith();
    writeArticle(corpus, 'moreau-1', 'France vows to answer tariffs', '2026-10-01', MOREAU_FIRST);
    const store = openStore(':memory:');
    const run = (line: string) => runConsole(line, { corpus, store, cacheDir: join(corpus, '.cache') });
    expect((await run('/follow add speaker:"Ines Moreau"')).stdout).toContain(
      'Follow #1: speaker Ines Moreau in #console.',
    );
    writeArticle(corpus, 'moreau-2', 'French growers lose patience', '2026-11-14', MOREAU_AGAIN);
    const [alert, ...more] = (await run('/reload')).reminders;
    expect(more).toEqual([]);
    expect(alert).toContain('📰 French growers lose patience');
    expect(alert).toContain('Ines Moreau: “Our growers cannot wait another season for a deal”');
    expect(alert).toContain('Harbor Ledger, 2026-11-14, paragraph 2');
  });

  it.each([
    ['/follow add', 'Say what to follow'],
    ['/follow add country:atlantis', 'No country is called “atlantis”.'],
    ['/follow add country:"United States"', 'Follow a partner of the United States'],
    ['/follow add speaker:"Nobody Atall"', 'No one called “Nobody Atall” is quoted in the corpus.'],
    ['/follow add words:"the of and"', 'has only words too common to follow'],
    ['/follow remove id:7', 'This server has no follow #7.'],
  ])('%s is refused with a clear message and changes nothing', async (line, message) => {
    const store = openStore(':memory:');
    const run = await runConsole(line, { corpus: corpusWith(), store });
    expect(run.stdout).toContain(message);
    expect(await store.follows.list('console')).toEqual([]);
  });

  it('keeps to 25 follows a server, and says why', async () => {
    const corpus = corpusWith();
    const store = openStore(':memory:');
    for (let i = 0; i < 25; i++)
      await store.follows.add(
        { guildId: 'console', channelId: 'console', words: `word${i}`, changesOnly: false, createdBy: 'x' },
        0,
      );
    const refused = await runConsole('/follow add words:soybeans', { corpus, store });
    expect(refused.stdout).toContain('This server already has 25 follows, the most it may have');
    expect(await store.follows.list('console')).toHaveLength(25);
    const twin = await runConsole('/follow add words:word3', { corpus, store: openStore(':memory:') });
    expect(twin.stdout).toContain('Follow #1');
  });
});
