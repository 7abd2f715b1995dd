import type { Article } from '../corpus/article.ts';
import type { Deadline, DeadlineChange } from './deadline.ts';
import { extractMentions, type DeadlineMention } from './extract.ts';
import { partyName } from './parties.ts';
import { endOfDay } from './time.ts';
import { daysBetween } from '../dates/days.ts';

/**
 * Mentions in the order they were written: by publication date, then sentences that extend a
 * pause after those that do not (an extension published the same day wins), then by article and
 * position, so the result never depends on the order the files were read.
 */
function chronological(a: DeadlineMention, b: DeadlineMention): number {
  return (
    a.article.published.localeCompare(b.article.published) ||
    Number(a.extension) - Number(b.extension) ||
    a.article.id.localeCompare(b.article.id) ||
    a.position - b.position
  );
}

type Change = DeadlineChange & { sentence: string };

function changeOf(m: DeadlineMention, date: string, approximate: boolean): Change {
  return { date, approximate, sentence: m.sentence, article: m.article };
}

/** `m`'s article as a further source of `change`'s date, once per article. */
function corroborate(change: Change, m: DeadlineMention): void {
  if (change.approximate || m.approximate || change.article?.id === m.article.id) return;
  const also = (change.alsoIn ??= []);
  if (!also.some((a) => a.id === m.article.id)) also.push(m.article);
}

/** How close an exact date must be to a date worked out from a duration to be the same date, better stated. */
const SAME_DATE_DAYS = 7;

/** The dates of one deadline as its mentions give them, in the order they were written. */
class Timeline {
  current: Change | undefined;
  readonly history: Change[] = [];

  knows(date: string): boolean {
    return this.current?.date === date || this.history.some((h) => h.date === date);
  }

  /**
   * A date the mention says was replaced: history, never the current date unless there is none or
   * the current one is this date worked out from a duration.
   */
  former(m: DeadlineMention, date: string): void {
    const current = this.current;
    const known = current?.date === date ? current : this.history.find((h) => h.date === date);
    if (known) return corroborate(known, m);
    if (!current || (current.approximate && daysBetween(current.date, date) <= SAME_DATE_DAYS))
      this.current = changeOf(m, date, false);
    else this.history.push(changeOf(m, date, false));
  }

  /**
   * A date the mention gives. A date already known is a restatement and moves nothing back; an
   * exact date close to a worked-out one replaces it as the same date, better stated; a date before
   * its own article and before the current one is history.
   */
  state(m: DeadlineMention, date: string): void {
    const current = this.current;
    const next = changeOf(m, date, m.approximate);
    const earlier = this.history.find((h) => h.date === date);
    if (!current) this.current = next;
    else if (current.date === date) {
      if (current.approximate && !m.approximate) this.current = next;
      else corroborate(current, m);
    } else if (earlier) corroborate(earlier, m);
    else if (current.approximate && !m.approximate && daysBetween(current.date, date) <= SAME_DATE_DAYS)
      this.current = next;
    else if (m.approximate && !current.approximate && daysBetween(current.date, date) <= SAME_DATE_DAYS) return;
    else if (date < m.article.published && date < current.date) {
      // Already past when written and before the current date: a look back ("the truce that ended
      // Aug. 12"), kept in order among the earlier dates, never a move back.
      const later = this.history.findIndex((h) => h.date > date);
      this.history.splice(later < 0 ? this.history.length : later, 0, next);
    } else {
      this.history.push(current);
      this.current = next;
    }
  }

  deadline(id: string, title: string, kind: Deadline['kind']): Deadline | undefined {
    const change = this.current;
    if (!change) return undefined;
    return {
      id,
      title,
      kind,
      origin: 'corpus',
      date: change.date,
      at: endOfDay(change.date),
      approximate: change.approximate,
      sentence: change.sentence,
      ...(change.article ? { article: change.article } : {}),
      ...(change.alsoIn ? { alsoIn: change.alsoIn } : {}),
      history: this.history.filter((h, i) => this.history.findIndex((o) => o.date === h.date) === i),
    };
  }
}

/** One deadline per pause (or ultimatum) and parties: the latest date stated wins, the ones it replaced are history. */
function pauseDeadline(key: string, mentions: readonly DeadlineMention[]): Deadline | undefined {
  const first = mentions[0];
  if (!first) return undefined;
  const timeline = new Timeline();
  for (const m of mentions) {
    for (const date of m.former) timeline.former(m, date);
    if (m.date !== undefined) timeline.state(m, m.date);
  }
  const noun = mentions.find((m) => m.date === timeline.current?.date)?.noun ?? first.noun;
  // "US tariff", not "US tariff tariff", when the tariff itself ends.
  const what = first.topic.endsWith(noun) ? first.topic : `${first.topic} ${noun}`;
  return timeline.deadline(key, `${first.parties.map(partyName).join('–')} ${what}`, 'ends');
}

/**
 * "US 50% tariff on Brazil", or "US tariff" when no one else is named; "Removal of US tariff on
 * Brazil" when a sentence says it is taken away that day (others may tell the day without saying
 * what happens: "the new order takes effect from November 13"). The kind says it takes effect.
 */
function effectTitle(mentions: readonly DeadlineMention[]): string {
  const [imposer = '', target] = (mentions[0]?.parties ?? []).map(partyName);
  const percent = mentions.find((m) => m.percent !== undefined)?.percent;
  const topic = mentions[0]?.topic ?? 'tariff';
  const tariff = `${imposer} ${percent !== undefined ? `${percent}% ` : ''}${topic}${target ? ` on ${target}` : ''}`;
  return mentions.some((m) => m.removal) ? `Removal of ${tariff}` : tariff;
}

/**
 * Tariffs taking effect between the same parties, one deadline per day first stated: a later
 * sentence moves one only when it names the day it replaces ("delayed from July 9 to August 1").
 * The id keeps the first day, so reminders follow a move.
 */
function effectDeadlines(key: string, mentions: readonly DeadlineMention[]): Deadline[] {
  const events: { id: string; timeline: Timeline; mentions: DeadlineMention[] }[] = [];
  for (const m of mentions) {
    if (m.date === undefined) continue;
    const date = m.date;
    const event =
      events.find((e) => m.former.some((f) => e.timeline.current?.date === f)) ??
      events.find((e) => e.timeline.knows(date));
    if (event) {
      event.mentions.push(m);
      event.timeline.state(m, date);
      for (const f of m.former) event.timeline.former(m, f);
    } else {
      const timeline = new Timeline();
      for (const f of m.former) timeline.former(m, f);
      timeline.state(m, date);
      events.push({ id: `${key}-effect-${m.former[0] ?? date}`, timeline, mentions: [m] });
    }
  }
  return events.flatMap((e) => e.timeline.deadline(e.id, effectTitle(e.mentions), 'takes effect') ?? []);
}

/** Groups mentions by what is paused (or takes effect) and between whom. */
export function groupMentions(mentions: readonly DeadlineMention[]): Deadline[] {
  const byKey = new Map<string, DeadlineMention[]>();
  for (const m of [...mentions].sort(chronological)) {
    const key = `${m.kind}\u0000${m.key}`;
    const group = byKey.get(key);
    if (group) group.push(m);
    else byKey.set(key, [m]);
  }
  return [...byKey]
    .flatMap(([key, group]) => {
      const [kind = '', id = ''] = key.split('\u0000');
      return kind === 'ends' ? (pauseDeadline(id, group) ?? []) : effectDeadlines(id, group);
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Every deadline the corpus states, as plain JSON data. */
export function extractDeadlines(articles: readonly Article[]): Deadline[] {
  return readDeadlines(articles).deadlines;
}

/**
 * Every mention (of any deadline) in each article a deadline cites for its date or history, by
 * article id: what a later article about the same deadline regroups with, kept so that adding it
 * does not read those articles again (chrono's date reading was most of an addition's cost).
 */
export type DeadlineSources = Record<string, DeadlineMention[]>;

/** The ids of the articles the deadlines cite. */
export function citedArticles(deadlines: readonly Deadline[]): Set<string> {
  return new Set(
    deadlines.flatMap((d) =>
      [d, ...d.history].flatMap((c) => [...(c.article ? [c.article] : []), ...(c.alsoIn ?? [])].map((a) => a.id)),
    ),
  );
}

/** The sources of the deadlines, given each article's mentions (none for an article not read). */
export function sourcesOf(
  deadlines: readonly Deadline[],
  mentionsOf: (articleId: string) => DeadlineMention[] | undefined,
): DeadlineSources {
  const sources: DeadlineSources = {};
  for (const id of citedArticles(deadlines)) {
    const mentions = mentionsOf(id);
    if (mentions) sources[id] = mentions;
  }
  return sources;
}

/** The corpus deadlines and their sources, read from every article. */
export function readDeadlines(articles: readonly Article[]): {
  deadlines: Deadline[];
  deadlineSources: DeadlineSources;
} {
  const mentions = articles.flatMap(extractMentions);
  const deadlines = groupMentions(mentions);
  const byArticle = new Map<string, DeadlineMention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.article.id);
    if (list) list.push(m);
    else byArticle.set(m.article.id, [m]);
  }
  return { deadlines, deadlineSources: sourcesOf(deadlines, (id) => byArticle.get(id)) };
}
