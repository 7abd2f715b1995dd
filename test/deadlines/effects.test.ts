import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractDeadlines } from '../../src/deadlines/group.ts';
import { openStore } from '../../src/store/store.ts';
import { runConsole, runConsoleJson } from '../helpers/console.ts';
import { articleOf } from './articles.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';

const FIXTURES = 'test/fixtures/effects';
const effects = (published: string, ...paragraphs: string[]) =>
  extractDeadlines([articleOf(`a-${published}`, published, paragraphs)])
    .filter((d) => d.kind === 'takes effect')
    .map((d) => [d.id, d.date]);

describe('tariffs taking effect on a stated day', () => {
  it('reads the usual ways of saying it', () => {
    expect(effects('2025-07-10', 'Trump said the 50% tariff on Brazil would take effect on August 1.')).toEqual([
      ['us-brazil-tariffs-effect-2025-08-01', '2025-08-01'],
    ]);
    expect(effects('2025-07-16', 'A 32% tariff on imports from Indonesia would kick in on Aug. 1.')).toEqual([
      ['us-indonesia-tariffs-effect-2025-08-01', '2025-08-01'],
    ]);
    expect(effects('2025-06-02', 'The US will double its tariff on Indian steel to 50% starting from June 4.')).toEqual(
      [['us-india-steel-effect-2025-06-04', '2025-06-04']],
    );
    expect(
      effects('2025-08-26', 'The higher duties on Indian goods apply on or after 12:01 a.m. EDT on August 27, 2025.'),
    ).toEqual([['us-india-tariffs-effect-2025-08-27', '2025-08-27']]);
    expect(
      effects('2025-03-03', 'The extra 10% US duty on Chinese goods enters into force at 0501 GMT on March 4.'),
    ).toEqual([['us-china-tariffs-effect-2025-03-04', '2025-03-04']]);
  });

  it('resolves relative days against the article date', () => {
    // 2025-02-04 is a Tuesday; 2025-04-11 a Friday.
    expect(
      effects('2025-02-04', 'Canada will charge a 15% tariff on US coal. The tariffs would take effect next Monday.'),
    ).toEqual([['canada-us-tariffs-effect-2025-02-10', '2025-02-10']]);
    expect(effects('2025-04-11', 'Mexico raised its levies on US pork to 40%, effective Saturday.')).toEqual([
      ['mexico-us-tariffs-effect-2025-04-12', '2025-04-12'],
    ]);
    expect(effects('2025-05-13', 'The 60% US levies on Vietnamese goods will be reduced to 20% by tomorrow.')).toEqual([
      ['us-vietnam-tariffs-effect-2025-05-14', '2025-05-14'],
    ]);
  });

  it('puts a day in the past or the future by its tense', () => {
    // 2025-04-10 is a Thursday.
    expect(effects('2025-04-10', 'The 20% US tariffs on Vietnam took effect on Tuesday.')).toEqual([
      ['us-vietnam-tariffs-effect-2025-04-08', '2025-04-08'],
    ]);
    expect(effects('2025-04-10', 'The 20% US tariffs on Vietnam will take effect on Tuesday.')).toEqual([
      ['us-vietnam-tariffs-effect-2025-04-15', '2025-04-15'],
    ]);
    expect(effects('2025-12-01', 'The 20% US tariffs on Vietnam, which took effect on April 9, remain.')).toEqual([
      ['us-vietnam-tariffs-effect-2025-04-09', '2025-04-09'],
    ]);
    expect(effects('2025-12-01', 'The 20% US tariffs on Vietnam will take effect on January 1.')).toEqual([
      ['us-vietnam-tariffs-effect-2026-01-01', '2026-01-01'],
    ]);
  });

  it('reads a rate change scheduled for a day, not the day it was announced', () => {
    expect(effects('2025-04-09', "Japan's tariffs on US rice will increase from 10% to 30% on Thursday.")).toEqual([
      ['japan-us-tariffs-effect-2025-04-10', '2025-04-10'],
    ]);
    expect(effects('2025-04-09', 'Japan said on Thursday that it will raise its tariffs on US rice.')).toEqual([]);
    expect(
      effects('2025-08-10', 'Without a deal, US tariffs on Chinese goods would revert to 34% on Aug. 12.'),
    ).toEqual([['us-china-tariffs-effect-2025-08-12', '2025-08-12']]);
    expect(effects('2025-07-20', 'The Fed is expected to cut rates on Wednesday, traders said.')).toEqual([]);
    expect(effects('2025-08-05', 'Higher US duties on Chinese goods would resume on Aug. 12 without a deal.')).toEqual([
      ['us-china-tariffs-effect-2025-08-12', '2025-08-12'],
    ]);
  });

  it('reads a day that opens its sentence when the sentence says the tariff takes effect then', () => {
    expect(effects('2025-07-20', 'On Aug. 1, the 25% tariffs on Japanese goods will take effect.')).toEqual([
      ['us-japan-tariffs-effect-2025-08-01', '2025-08-01'],
    ]);
    expect(effects('2025-07-20', 'On Friday, Japan said the 25% tariffs on its goods would take effect soon.')).toEqual(
      [],
    );
  });

  it('gives one deadline per imposer and target', () => {
    expect(
      effects(
        '2026-01-18',
        'The US would impose 10 per cent tariffs from February 1 on imports from the UK, France and Germany.',
      ),
    ).toEqual([
      ['us-france-tariffs-effect-2026-02-01', '2026-02-01'],
      ['us-germany-tariffs-effect-2026-02-01', '2026-02-01'],
      ['us-uk-tariffs-effect-2026-02-01', '2026-02-01'],
    ]);
  });

  it('leaves out a party the sentence names for something else', () => {
    expect(
      effects(
        '2025-03-05',
        'The 25% tariffs on Canada and Mexico went into effect on Tuesday, and China retaliated the same day.',
      ),
    ).toEqual([
      ['us-canada-tariffs-effect-2025-03-04', '2025-03-04'],
      ['us-mexico-tariffs-effect-2025-03-04', '2025-03-04'],
    ]);
  });

  it('ignores dates that start something other than a tariff, or when something was said', () => {
    expect(effects('2025-07-10', 'A White House statement from Monday said tariffs on Brazil would rise.')).toEqual([]);
    expect(
      effects(
        '2026-03-13',
        "Officials will meet in Paris for new trade talks, paving the way for the president's state visit to Beijing starting March 31.",
      ),
    ).toEqual([]);
    expect(
      effects('2025-07-29', 'By April 9, Trump had paused the new tariffs for most countries, excluding China.'),
    ).toEqual([]);
  });

  it('keeps an ultimatum apart from the pause between the same parties', () => {
    const [d] = extractDeadlines([
      articleOf('u', '2025-04-07', [
        'If China does not withdraw its 34% tariff by April 8, the US will impose an additional 50% tariff.',
      ]),
    ]).filter((x) => x.kind === 'ends');
    expect(d).toMatchObject({ id: 'us-china-tariffs-deadline', date: '2025-04-08', title: 'US–China tariff deadline' });
    const [given] = extractDeadlines([
      articleOf('g', '2025-07-07', ['Trump gave the EU until July 9 to reach a trade deal or face 50% tariffs.']),
    ]);
    expect(given).toMatchObject({ id: 'us-eu-tariffs-deadline', date: '2025-07-09', kind: 'ends' });
  });

  it('moves a day only when a later article names the day it replaces, keeping the id', () => {
    const deadlines = extractDeadlines(loadCorpus(FIXTURES).articles);
    expect(deadlines.map((d) => [d.id, d.title, d.date, d.history.map((h) => h.date)])).toEqual([
      ['canada-us-tariffs-effect-2025-03-22', 'Canada 10% tariff on US', '2025-03-22', []],
      ['us-canada-tariffs-effect-2025-04-02', 'US 25% tariff on Canada', '2025-05-01', ['2025-04-02']],
    ]);
    const restated = articleOf('later', '2025-06-01', ['The 25% US tariff on Canadian lumber took effect on April 2.']);
    expect(extractDeadlines([...loadCorpus(FIXTURES).articles, restated]).map((d) => d.date)).toEqual([
      '2025-03-22',
      '2025-05-01',
    ]);
  });
});

describe('tariffs taking effect, through the console', () => {
  it('lists them with /deadline as taking effect, or having taken effect', async () => {
    const { stdout } = await runConsole('/deadline list', { corpus: FIXTURES, now: '2025-04-01T12:00:00Z' });
    expect(stdout).toContain('US 25% tariff on Canada');
    expect(stdout).toContain('Takes effect 2025-05-02 03:59 UTC (in 30 days)');
    expect(stdout).toContain('Took effect 2025-03-23 03:59 UTC');
    const { data } = await runConsoleJson('/deadline list name:us-canada-tariffs-effect-2025-04-02', {
      corpus: FIXTURES,
    });
    expect(data.deadlines).toEqual([expect.objectContaining({ kind: 'takes effect', date: '2025-05-01' })]);
  });

  it('sets a reminder with /remind before the day a tariff takes effect', async () => {
    const store = openStore(':memory:');
    const added = await runConsoleJson('/remind add deadline:us-canada-tariffs-effect-2025-04-02 before:1d', {
      corpus: FIXTURES,
      store,
      now: '2025-04-01T12:00:00Z',
    });
    expect(added).toMatchObject({
      ok: true,
      data: { reminder: { deadlineId: 'us-canada-tariffs-effect-2025-04-02', nextAt: '2025-05-01T03:59:59.000Z' } },
    });
  });
});

describe('the day a tariff took effect, told with "since" or as an exemption', () => {
  it('reads a levy in force "since" a day as the day it took effect, in the past', () => {
    expect(
      effects('2025-11-21', 'Imports from Peru have been subject to an extra 40% levy since Aug. 6, the order says.'),
    ).toEqual([['us-peru-tariffs-effect-2025-08-06', '2025-08-06']]);
    // Trade that has fallen since a day dates no tariff.
    expect(effects('2025-11-21', 'Exports to the US have fallen since Aug. 6, when the tariff on Peru rose.')).toEqual(
      [],
    );
  });

  it('reads the day an exemption from a tariff takes effect', () => {
    expect(
      effects(
        '2025-11-21',
        'The US is granting tariff exemptions for Peruvian coffee. The exemptions are retroactively effective from Nov. 13.',
      ),
    ).toEqual([['us-peru-tariffs-effect-2025-11-13', '2025-11-13']]);
  });

  it('lists both through /deadline in the console', async () => {
    const corpus = newCorpus('deadline-since-');
    writeArticle(corpus, '2025-11-21-peru', 'Peru exemptions', '2025-11-21', [
      'Imports from Peru have been subject to an extra 40% levy since Aug. 6.',
      'The US is granting tariff exemptions for Peruvian coffee. The exemptions are retroactively effective from Nov. 13.',
    ]);
    const { data } = await runConsoleJson('/deadline list', { corpus, now: '2025-11-22T12:00:00Z' });
    expect((data.deadlines as { date: string }[]).map((d) => d.date).sort()).toEqual(['2025-08-06', '2025-11-13']);
  });
});

describe('a global tariff: the US on every country', () => {
  it('is not put on the countries its paragraph goes on to name, and a temporary one ends as a tariff', async () => {
    const corpus = newCorpus('deadline-global-');
    writeArticle(corpus, '2026-03-02-global', 'A global tariff', '2026-03-02', [
      'The administration imposed a temporary 10% global tariff, allowing duties of up to 15% for 150 days. ' +
        'The new tariff, effective March 4, 2026, applies broadly. ' +
        'The ruling had struck down the emergency tariffs on imports from Peru and Chile.',
    ]);
    const { data } = await runConsoleJson('/deadline list', { corpus, now: '2026-03-03T12:00:00Z' });
    const deadlines = data.deadlines as { title: string; date: string; kind: string }[];
    expect(deadlines.map((d) => [d.kind, d.date])).toEqual([
      ['takes effect', '2026-03-04'],
      ['ends', '2026-08-01'],
    ]);
    for (const d of deadlines) expect(d.title).not.toMatch(/Peru|Chile|pause/);
  });
});
