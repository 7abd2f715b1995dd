import type { Article } from '../corpus/article.ts';
import type { Deadline, DeadlineChange } from './deadline.ts';
import { extractMentions, type DeadlineMention } from './extract.ts';
import { partyName } from './parties.ts';
import { addDays, endOfDay } from './time.ts';

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

interface Current {
  change: DeadlineChange & { sentence: string };
  noun: string;
}

function changeOf(m: DeadlineMention, date: string, approximate: boolean): DeadlineChange & { sentence: string } {
  return { date, approximate, sentence: m.sentence, article: m.article };
}

/**
 * One deadline from the mentions of one pause: the latest date wins, the dates it replaced become
 * its history. A date stated exactly replaces the same date worked out from a duration.
 */
function deadlineOf(key: string, mentions: DeadlineMention[]): Deadline | undefined {
  const history: DeadlineChange[] = [];
  let current: Current | undefined;
  const move = (next: Current) => {
    if (current) history.push(current.change);
    current = next;
  };
  for (const m of mentions) {
    for (const date of m.former)
      if (current?.change.date !== date) move({ change: changeOf(m, date, false), noun: m.noun });
    if (m.date === undefined) continue;
    // "another 90 days" counts from the date it extends; the mention's own date counts from the article.
    const date = m.extendsBy !== undefined && current ? addDays(current.change.date, m.extendsBy) : m.date;
    if (!current || current.change.date !== date || (current.change.approximate && !m.approximate)) {
      move({ change: changeOf(m, date, m.approximate), noun: m.noun });
    }
  }
  const first = mentions[0];
  if (!current || !first) return undefined;
  const { change, noun } = current;
  const parties = first.parties.map(partyName).join('–');
  return {
    id: key,
    title: `${parties} ${first.topic} ${noun}`,
    origin: 'corpus',
    date: change.date,
    at: endOfDay(change.date),
    approximate: change.approximate,
    sentence: change.sentence,
    ...(change.article ? { article: change.article } : {}),
    // A date that was only restated later is history once, at its first mention.
    history: history.filter((h, i) => h.date !== change.date && history.findIndex((o) => o.date === h.date) === i),
  };
}

/** Groups mentions by what is paused and between whom. */
export function groupMentions(mentions: readonly DeadlineMention[]): Deadline[] {
  const byKey = new Map<string, DeadlineMention[]>();
  for (const m of [...mentions].sort(chronological)) {
    const group = byKey.get(m.key);
    if (group) group.push(m);
    else byKey.set(m.key, [m]);
  }
  return [...byKey]
    .map(([key, group]) => deadlineOf(key, group))
    .filter((d): d is Deadline => d !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Every deadline the corpus states, as plain JSON data. */
export function extractDeadlines(articles: readonly Article[]): Deadline[] {
  return groupMentions(articles.flatMap(extractMentions));
}
