import { countryNamed, HOME_COUNTRY, nameInText } from '../geo/countries.ts';
import { pairStatements } from '../rates/current.ts';
import type { RateStatement } from '../rates/rate-statement.ts';
import { pairTimelines, stateOn, type DirectionTimeline, type TrackerStatus } from '../rates/timeline.ts';
import type { ChartAhead, ChartData, ChartEvent, ChartLine, ChartStep } from './chart-data.ts';

/**
 * The one adapter between the rates knowledge and the chart: reads each direction's timeline
 * (`rates/timeline.ts`) for the rate in force on every day something happened, and turns that into
 * dated steps, what is still ahead and the events that moved a rate.
 */

/**
 * Words of news reports that name what moved a rate, most specific first; the marker shows the
 * label. Read only in the sentences of the day the rate changed.
 */
const EVENT_WORDS: readonly { label: string; pattern: RegExp }[] = [
  { label: 'court ruling', pattern: /\b(?:court|judges?|ruled|ruling|struck down)\b/iu },
  { label: 'truce', pattern: /\btruce\b/iu },
  { label: 'deal', pattern: /\b(?:deal|agreement|accord|framework)\b/iu },
  { label: 'pause', pattern: /\b(?:paused?|pausing|suspend(?:s|ed|ing)?|suspension)\b/iu },
  { label: 'retaliation', pattern: /\b(?:retaliat\w*|counter-?tariffs?|countermeasures?)\b/iu },
];
/** Tracker statuses that name the event themselves. */
const STATUS_EVENTS: Partial<Record<TrackerStatus, string>> = { 'struck down': 'court ruling', paused: 'pause' };
const AHEAD: readonly TrackerStatus[] = ['threatened', 'announced', 'scheduled'];

/** "US", "EU", "China": the shortest name that reads well in a legend. */
function shortName(country: string): string {
  if (country === HOME_COUNTRY) return 'US';
  const abbreviation = countryNamed(country)?.aliases.find((a) => /^[A-Z]{2,3}$/u.test(a));
  return country.length > 12 && abbreviation ? abbreviation : country;
}

/** "Chinese goods", "US goods", "goods from Laos". */
function goodsOf(country: string): string {
  if (country === HOME_COUNTRY) return 'US goods';
  const demonym = countryNamed(country)?.demonyms[0];
  return demonym ? `${demonym} goods` : `goods from ${shortName(country)}`;
}

const source = (s: RateStatement) => ({ articleId: s.articleId, paragraph: s.paragraph });
const qualifierOf = (s: RateStatement) => (s.qualifier ? { qualifier: s.qualifier } : {});

/** The general rate in force on each day an event could change it, up to `end`: changes only. */
function stepsOf(timeline: DirectionTimeline, end: string): ChartStep[] {
  const days = new Set<string>();
  for (const e of timeline.general) {
    if (e.date <= end) days.add(e.date);
    if (e.effective && e.effective <= end) days.add(e.effective);
  }
  const steps: ChartStep[] = [];
  for (const day of [...days].sort()) {
    const rate = stateOn(timeline, day).inForce;
    const last = steps.at(-1);
    const open = last && !last.until;
    if (!rate) {
      // The rate stopped (paused, struck down) and the articles name none after it: the line breaks.
      if (open) last.until = day;
      continue;
    }
    if (open && last.percent === rate.percent && last.qualifier === rate.statement.qualifier) continue;
    steps.push({ date: day, percent: rate.percent, ...qualifierOf(rate.statement), source: source(rate.statement) });
  }
  return steps;
}

/** The threatened, announced or scheduled rate still ahead at the end of the period, if any. */
function aheadOf(timeline: DirectionTimeline, end: string): ChartAhead | undefined {
  const pending = stateOn(timeline, end).pending;
  if (!pending || !AHEAD.includes(pending.status)) return undefined;
  const s = pending.statement;
  return {
    date: pending.effective ?? pending.date,
    effective: pending.effective !== undefined,
    percent: s.percent,
    ...qualifierOf(s),
    status: pending.status as ChartAhead['status'],
    source: source(s),
  };
}

/** A marker for each day a line changed whose events or sentences say why, one per day. */
function eventsOf(timelines: readonly DirectionTimeline[], lines: readonly ChartLine[]): ChartEvent[] {
  const changed = new Set(lines.flatMap((l) => l.steps.flatMap((s) => [s.date, ...(s.until ? [s.until] : [])])));
  const events = new Map<string, string>();
  for (const e of timelines.flatMap((t) => t.general)) {
    const day = e.effective && changed.has(e.effective) ? e.effective : e.date;
    if (!changed.has(day) || events.has(day)) continue;
    const label = STATUS_EVENTS[e.status] ?? EVENT_WORDS.find((w) => w.pattern.test(e.statement.sentence))?.label;
    if (label) events.set(day, label);
  }
  return [...events].map(([date, label]) => ({ date, label }));
}

/** The chart of the rates between the home country and `partner` over `period`, from `statements`. */
export function pairChart(
  statements: readonly RateStatement[],
  partner: string,
  period: { start: string; end: string },
  botName: string,
): ChartData {
  const timelines = pairTimelines(statements, partner);
  const lineOf = (t: DirectionTimeline): ChartLine => {
    const ahead = aheadOf(t, period.end);
    return {
      imposer: t.imposer,
      target: t.target,
      label: `${shortName(t.imposer)} on ${goodsOf(t.target)}`,
      steps: stepsOf(t, period.end),
      ...(ahead ? { ahead } : {}),
    };
  };
  const lines = [lineOf(timelines[0]), lineOf(timelines[1])] as const;
  const pair = pairStatements(statements, partner);
  return {
    title: `Tariffs between the US and ${nameInText(partner)}`,
    lines,
    events: eventsOf(timelines, lines),
    start: period.start,
    end: period.end,
    articles: new Set(pair.map((s) => s.articleId)).size,
    newest: pair[0]?.published ?? period.end,
    botName,
  };
}
