import { countryNamed, HOME_COUNTRY, nameInText } from '../geo/countries.ts';
import { directionRates, pairStatements } from '../rates/current.ts';
import type { RateStatement } from '../rates/rate-statement.ts';
import type { ChartData, ChartEvent, ChartLine, ChartStep } from './chart-data.ts';

/**
 * The one adapter between the rates knowledge and the chart: turns what the corpus says about a
 * pair into dated steps, what is still ahead and the events that moved a rate.
 */

/** On one date a total ("the combined duty") beats a plain rate, which beats a part of one. */
const PART_RANK = { total: 0, none: 1, component: 2 } as const;

/**
 * Words of news reports that name what moved a rate, most specific first; the marker shows the
 * label. Read only in the sentences that state the new rate.
 */
const EVENT_WORDS: readonly { label: string; pattern: RegExp }[] = [
  { label: 'court ruling', pattern: /\b(?:court|judges?|ruled|ruling|struck down)\b/iu },
  { label: 'truce', pattern: /\btruce\b/iu },
  { label: 'deal', pattern: /\b(?:deal|agreement|accord|framework)\b/iu },
  { label: 'pause', pattern: /\b(?:paused?|pausing|suspend(?:s|ed|ing)?|suspension)\b/iu },
  { label: 'retaliation', pattern: /\b(?:retaliat\w*|counter-?tariffs?|countermeasures?)\b/iu },
];

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

/** The general rate in force from each article's date: the best-placed current statement of that date, changes only. */
function stepsOf(history: readonly RateStatement[]): { step: ChartStep; statement: RateStatement }[] {
  const byDate = new Map<string, RateStatement>();
  for (const s of [...history].reverse()) {
    if (s.status !== 'current' || s.products) continue;
    const held = byDate.get(s.published);
    if (!held || PART_RANK[s.part ?? 'none'] < PART_RANK[held.part ?? 'none']) byDate.set(s.published, s);
  }
  const steps: { step: ChartStep; statement: RateStatement }[] = [];
  for (const s of [...byDate.values()].sort((a, b) => a.published.localeCompare(b.published))) {
    const last = steps.at(-1)?.step;
    if (last && last.percent === s.percent && last.qualifier === s.qualifier) continue;
    steps.push({
      step: {
        date: s.published,
        percent: s.percent,
        ...(s.qualifier ? { qualifier: s.qualifier } : {}),
        source: source(s),
      },
      statement: s,
    });
  }
  return steps;
}

function lineOf(statements: readonly RateStatement[], imposer: string, target: string) {
  const { history, pending } = directionRates(statements, imposer, target);
  const steps = stepsOf(history);
  const last = steps.at(-1)?.step;
  const ahead =
    pending && pending.status !== 'suspended' && (!last || pending.published >= last.date)
      ? {
          date: pending.published,
          effective: false,
          percent: pending.percent,
          ...(pending.qualifier ? { qualifier: pending.qualifier } : {}),
          status: pending.status as 'scheduled' | 'threatened',
          source: source(pending),
        }
      : undefined;
  const line: ChartLine = {
    imposer,
    target,
    label: `${shortName(imposer)} on ${goodsOf(target)}`,
    steps: steps.map((s) => s.step),
    ...(ahead ? { ahead } : {}),
  };
  return { line, changes: steps.slice(1).map((s) => s.statement) };
}

/** A marker for each date a rate changed whose sentence says why, one per date. */
function eventsOf(changes: readonly RateStatement[]): ChartEvent[] {
  const events = new Map<string, string>();
  for (const s of changes) {
    const label = EVENT_WORDS.find((w) => w.pattern.test(s.sentence))?.label;
    if (label && !events.has(s.published)) events.set(s.published, label);
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
  const pair = pairStatements(statements, partner);
  const home = lineOf(pair, HOME_COUNTRY, partner);
  const away = lineOf(pair, partner, HOME_COUNTRY);
  const articles = new Set(pair.map((s) => s.articleId)).size;
  return {
    title: `Tariffs between the US and ${nameInText(partner)}`,
    lines: [home.line, away.line],
    events: eventsOf([...home.changes, ...away.changes]),
    start: period.start,
    end: period.end,
    articles,
    newest: pair[0]?.published ?? period.end,
    botName,
  };
}
