/**
 * A timeline of events per direction (who charges whom), and the rate in force on a date derived
 * from it. Statements become events with the status words trackers use; the rate in force on a
 * day is the newest claim that a rate holds (an article saying it is in force, or a scheduled rate
 * whose date has come) that no later article says was replaced, struck down or paused.
 * Conditional mentions never become events; rates limited to products, sectors or routes
 * (transshipment) are kept apart from the general rate.
 */
import { HOME_COUNTRY } from '../geo/countries.ts';
import { isHeading } from '../text/headings.ts';
import { rateLookup } from './lookup.ts';
import { isWorldwide, WORLDWIDE_TARGETS } from './party-cues.ts';
import type { RateStatement } from './rate-statement.ts';
import { markedAsHolding, toldAsChange } from './told-level.ts';
import { restsOnOtherLaw } from './rulings.ts';

/** The status words of trade trackers, as `/tariff` shows them. */
export const TRACKER_STATUSES = [
  'threatened',
  'announced',
  'scheduled',
  'in force',
  'paused',
  'struck down',
  'replaced',
] as const;
export type TrackerStatus = (typeof TRACKER_STATUSES)[number];

/** One statement as an event of its direction's timeline. */
export interface RateEvent {
  status: TrackerStatus;
  /** The day it is known from: the article's date (YYYY-MM-DD). */
  date: string;
  /** A scheduled rate's first day (YYYY-MM-DD). */
  effective?: string;
  statement: RateStatement;
}

/** The events of one direction, oldest first (statements of one date in article and reading order). */
export interface DirectionTimeline {
  imposer: string;
  target: string;
  /** Events about goods in general. */
  general: readonly RateEvent[];
  /** Events about rates limited to products, sectors or goods routed through a third country. */
  limited: readonly RateEvent[];
  /** For the home country's rates on a partner: its rate on all countries, which holds where no rate of the partner's own does. */
  worldwide?: DirectionTimeline;
}

/** A rate in force on a day, and why the timeline says so. */
export interface RateInForce {
  percent: number;
  /** The statement that says it holds: the newest one that states it, or the one that scheduled it. */
  statement: RateStatement;
  /** Its first day as far as the articles tell: its effective date, or the first article that states it. */
  since: string;
  /** `stated`: an article says it is in force; `as scheduled`: its date has passed and no later article confirms. */
  basis: 'stated' | 'as scheduled';
  /** Articles of the same date that state another rate for the same thing (sources disagree): cite them too. */
  disputed: readonly RateStatement[];
  /** True when this is the rate on all countries, standing in for a partner with no rate of its own. */
  worldwide?: true;
}

/** Where a direction stands on a day. */
export interface DirectionState {
  imposer: string;
  target: string;
  /** The day asked about (YYYY-MM-DD): articles after it are not read, scheduled rates up to it have started. */
  asOf: string;
  /** The general rate in force that day; absent when the articles up to then give none. */
  inForce?: RateInForce;
  /** Rates limited to products in force that day, one per set of products (newest source first). */
  limited: readonly RateInForce[];
  /** The newest threat, announcement, rate still to start or pause on goods in general that is no older than the rate in force. */
  pending?: RateEvent;
  /** Of those, the newest level announced or set to start: what comes next, where a threat told after it only may. */
  coming?: RateEvent;
}

const COURT =
  /\b(?:struck\s+down|strikes?\s+down|striking\s+down|overturn(?:ed|s)?|invalidat(?:ed|es|ing)|(?:ruled|declared)\s+(?:[^,;.]{0,60}?\s)?(?:illegal|unlawful|unconstitutional)|court\s+(?:\w+\s+)?(?:blocked|voided))\b/iu;
/** A route rather than goods: "goods transshipped through Vietnam", "routed through third countries". */
const ROUTE = /\btrans-?ship|\brouted\s+(?:via|through)\b/iu;

/** The tracker status of a statement; undefined for a conditional ("hypothetical") mention, which is no event. */
export function trackerStatus(s: RateStatement): TrackerStatus | undefined {
  switch (s.status) {
    case 'current':
      return 'in force';
    case 'previous':
      return COURT.test(s.sentence) ? 'struck down' : 'replaced';
    case 'scheduled':
      return s.effective ? 'scheduled' : 'announced';
    case 'threatened':
      return 'threatened';
    case 'suspended':
      return 'paused';
    case 'hypothetical':
      return undefined;
  }
}

/** True for a number told as a bound ("up to 15%", "below 25%"), not as a level ("about 47%" is one). */
const isBound = (s: RateStatement) => s.qualifier !== undefined && s.qualifier !== 'about';

/**
 * True for a rate on goods in general: no products named, no route its own part of the sentence
 * limits it to, and not a rate on all countries under Section 232, which only ever covers named
 * sectors ("the 50% tariff on steel and aluminum imports, adopted on the basis of Section 232",
 * "doubled the Section 232 … tariffs … on imports from nearly all countries") even where the
 * reading of its products fails.
 */
export function isGeneral(s: RateStatement): boolean {
  return !s.products && !(s.scope && ROUTE.test(s.scope)) && !(s.basis === 'Section 232' && isWorldwide(s.target));
}

/**
 * The timeline of what `imposer` charges on `target`, from any statements (others are ignored);
 * `alsoAs` names targets read as the same one.
 */
export function directionTimeline(
  statements: readonly RateStatement[],
  imposer: string,
  target: string,
  alsoAs: readonly string[] = [],
): DirectionTimeline {
  const own = statements.filter((s) => s.imposer === imposer && (s.target === target || alsoAs.includes(s.target)));
  // A headline is the weakest word on a rate: where its article's body speaks of the same
  // direction's goods in general, the body says how the rate stands ("US Increasing Canada Tariff
  // to 35%" over "is raising tariffs … from 25% to 35% effective Aug. 1"); a bound ("brings the
  // average rate below 25%") says no level.
  const headings = new Set(own.filter((s) => isHeading(s.sentence)));
  const told = new Set(own.filter((s) => isGeneral(s) && !headings.has(s) && !isBound(s)).map((s) => s.articleId));
  const events: RateEvent[] = [];
  for (const statement of own) {
    if (told.has(statement.articleId) && headings.has(statement)) continue;
    const status = trackerStatus(statement);
    if (!status) continue;
    events.push({
      status,
      date: statement.published,
      ...(status === 'scheduled' && statement.effective ? { effective: statement.effective } : {}),
      statement,
    });
  }
  events.sort((a, b) => a.date.localeCompare(b.date));
  return {
    imposer,
    target,
    general: events.filter((e) => isGeneral(e.statement)),
    limited: events.filter((e) => !isGeneral(e.statement)),
  };
}

const [ALL_COUNTRIES, MOST_COUNTRIES] = WORLDWIDE_TARGETS;
const worldwideTimelines = new WeakMap<readonly RateStatement[], DirectionTimeline>();

/**
 * The home country's timeline on all countries in `statements`, kept as long as they live. A rate on
 * "nearly all trading partners" is the same baseline told with its exceptions in mind: a partner with
 * no rate of its own is one of the many it covers.
 */
export function worldwideOf(statements: readonly RateStatement[]): DirectionTimeline {
  let timeline = worldwideTimelines.get(statements);
  if (!timeline) {
    timeline = directionTimeline(statements, HOME_COUNTRY, ALL_COUNTRIES, [MOST_COUNTRIES]);
    worldwideTimelines.set(statements, timeline);
  }
  return timeline;
}

/**
 * The timeline of `imposer` on `target` from every statement of a knowledge base: the home
 * country's rates on a partner fall back on its rate on all countries.
 */
export function timelineOf(statements: readonly RateStatement[], imposer: string, target: string): DirectionTimeline {
  const timeline = directionTimeline(statements, imposer, target);
  return imposer === HOME_COUNTRY && !isWorldwide(target)
    ? { ...timeline, worldwide: fallbackOf(statements) }
    : timeline;
}

/**
 * The rate on all countries a partner with none of its own falls back on. A bound over every country
 * ("targeted duties of up to 50 per cent are due Wednesday") is the top of the range partners' rates
 * span, no one partner's rate: left out.
 */
function fallbackOf(statements: readonly RateStatement[]): DirectionTimeline {
  const worldwide = worldwideOf(statements);
  return { ...worldwide, general: worldwide.general.filter((e) => e.statement.qualifier !== 'up to') };
}

/** A claim that a rate holds from a day on (`positive`) or no longer holds from a day on. */
interface Claim {
  event: RateEvent;
  percent: number;
  day: string;
  positive: boolean;
}

const PART_RANK = { total: 0, none: 1, component: 2 } as const;
/** A total beats a plain rate, which beats a component; a stated number beats a bound ("up to 15%", "below 25%"). */
const rank = (s: RateStatement) => PART_RANK[s.part ?? 'none'] + (isBound(s) ? 3 : 0);
const ENDING: readonly TrackerStatus[] = ['replaced', 'struck down', 'paused'];

function claimsOf(events: readonly RateEvent[], asOf: string): Claim[] {
  const claims: Claim[] = [];
  for (const event of events) {
    if (event.date > asOf) continue;
    const percent = event.statement.percent;
    if (event.status === 'in force')
      claims.push({ event, percent, day: event.statement.dated ?? event.date, positive: true });
    else if (event.status === 'scheduled' && event.effective && event.effective <= asOf)
      claims.push({ event, percent, day: event.effective, positive: true });
    else if (ENDING.includes(event.status)) claims.push({ event, percent, day: event.date, positive: false });
  }
  return claims;
}

const NEW_LEVEL: readonly TrackerStatus[] = ['in force', 'scheduled', 'announced'];

/** True for an event of a level still to come on `asOf`: announced, or scheduled for a later day. */
const toComeOn = (e: RateEvent, asOf: string) =>
  e.status === 'announced' || (e.status === 'scheduled' && e.effective !== undefined && e.effective > asOf);

/** True when `statement`'s sentence also tells another level as still to come on `asOf`. */
function changeToCome(events: readonly RateEvent[], statement: RateStatement, asOf: string): boolean {
  return events.some(
    (e) =>
      toComeOn(e, asOf) &&
      e.statement.percent !== statement.percent &&
      e.statement.articleId === statement.articleId &&
      e.statement.sentence === statement.sentence,
  );
}

/**
 * True when an article after the one that scheduled `claim`, and before its date, tells of another
 * level that no article since restates the scheduled one against (see `inForceAmong`).
 */
function overtaken(events: readonly RateEvent[], claim: Claim, asOf: string): boolean {
  const announced = claim.event.date;
  if (claim.event.statement.part === 'component') return false;
  const before = new Set(
    events.filter((e) => e.status === 'in force' && e.date <= announced).map((e) => e.statement.percent),
  );
  // News that restates the scheduled level on or after a rival's day confirms it.
  const confirmed = events
    .filter((e) => e.date <= asOf && e.statement.percent === claim.percent && NEW_LEVEL.includes(e.status))
    .reduce((day, e) => (e.date > day ? e.date : day), '');
  return events.some(
    (e) =>
      e.date > announced &&
      e.date > confirmed &&
      e.date < claim.day &&
      e.date <= asOf &&
      e.statement.percent !== claim.percent &&
      e.statement.part !== 'component' &&
      NEW_LEVEL.includes(e.status) &&
      !(e.status === 'in force' && before.has(e.statement.percent)),
  );
}

/**
 * A total told as reached by a part ("slapped an additional 25%, raising the overall levy to 50%")
 * whose own article gives that part a later start ("the new duties set to take effect on August
 * 27") has not come: the level without the part holds, where some claim tells it. A total told
 * beside another part still to come ("at 50% now; a further 25% starts next month") stays.
 */
function withoutPartToCome(events: readonly RateEvent[], claims: readonly Claim[], best: Claim, asOf: string): Claim {
  const { articleId, sentence, part } = best.event.statement;
  if (part === 'component') return best;
  const toCome = events.find(
    (e) =>
      e.statement.articleId === articleId &&
      e.statement.part === 'component' &&
      e.statement.percent < best.percent &&
      toComeOn(e, asOf) &&
      events.some(
        (o) =>
          o.statement.articleId === articleId &&
          o.statement.sentence === sentence &&
          o.statement.part === 'component' &&
          o.statement.percent === e.statement.percent,
      ),
  );
  if (!toCome) return best;
  const level = Math.round((best.percent - toCome.statement.percent) * 100) / 100;
  return claims.find((c) => c.positive && c.percent === level && c.day <= best.day) ?? best;
}

/**
 * The rate in force on `asOf` among `events` (one scope of one direction). A claim that a rate
 * holds counts unless a later article ends that rate; a newer article that restates a rate an
 * earlier article already said was replaced or struck down is background, not news. Of what is
 * left, the newest claim wins; on one day a total beats a plain rate, which beats a component, and
 * the parts one sentence adds together count as their sum.
 */
function inForceAmong(
  events: readonly RateEvent[],
  asOf: string,
  heldBefore: (day: string) => number | undefined = () => undefined,
): RateInForce | undefined {
  const claims = claimsOf(events, asOf);
  // Per rate, in one pass (a chart asks for every day, so no scan per claim): the newest threat or
  // ending up to `asOf`, the newest ending, and the oldest ending that is not a pause.
  const lastCallOff = new Map<number, string>();
  const lastEnding = new Map<number, string>();
  const firstReplaced = new Map<number, string>();
  for (const e of events) {
    if (e.date > asOf || !(e.status === 'threatened' || ENDING.includes(e.status))) continue;
    const percent = e.statement.percent;
    if ((lastCallOff.get(percent) ?? '') < e.date) lastCallOff.set(percent, e.date);
  }
  // The newest article that tells each rate as holding, to ask whether another level followed an ending.
  const lastTold = new Map<number, string>();
  for (const c of claims) {
    if (c.positive) {
      if ((lastTold.get(c.percent) ?? '') < c.event.date) lastTold.set(c.percent, c.event.date);
      continue;
    }
    if ((lastEnding.get(c.percent) ?? '') < c.day) lastEnding.set(c.percent, c.day);
    if (c.event.status !== 'paused' && (firstReplaced.get(c.percent) ?? '\uffff') > c.day)
      firstReplaced.set(c.percent, c.day);
  }
  // True when an article tells another level as holding on or after the day `percent` was first replaced.
  const succeeded = (percent: number) => {
    const replaced = firstReplaced.get(percent) ?? '\uffff';
    for (const [other, told] of lastTold) if (other !== percent && told >= replaced) return true;
    return false;
  };
  // A scheduled rate is called off by a later article that calls it a threat again or ends it, and
  // overtaken by later news, before its date, of another level to come or newly in force (a deal
  // that lands before a letter's rate starts); a rate in force before it was announced is only the
  // level it was to replace.
  // So is one its own article tells paused: "postponing … a 30 percent tariff that had been set to
  // begin Friday" beside the background "announced that a 30 percent tariff would take effect on August 1".
  const pausedHere = (c: Claim) =>
    events.some(
      (e) =>
        e.status === 'paused' &&
        e.statement.articleId === c.event.statement.articleId &&
        e.statement.percent === c.percent,
    );
  const calledOff = (c: Claim) =>
    c.event.status === 'scheduled' &&
    ((lastCallOff.get(c.percent) ?? '') > c.event.date || overtaken(events, c, asOf) || pausedHere(c));
  // A follow-up on a deal an older article already told as in force ("effective immediately … 18%")
  // tells the deal's level as still to come ("will see tariffs cut to 18%") and restates, in a
  // sentence of its own, the level it replaced as holding ("has had 50% since August"): background
  // to the same deal, not news that it has not happened (that news tells the change as to come in
  // the old level's own sentence, see `changeToCome`).
  const restatedBesideDeal = (c: Claim) =>
    c.event.status === 'in force' &&
    !changeToCome(events, c.event.statement, asOf) &&
    events.some(
      (deal) =>
        toComeOn(deal, asOf) &&
        deal.statement.articleId === c.event.statement.articleId &&
        deal.statement.percent !== c.percent &&
        deal.statement.part !== 'component' &&
        claims.some(
          (held) =>
            held.positive &&
            held.event.status === 'in force' &&
            held.percent === deal.statement.percent &&
            held.event.date < c.event.date &&
            claims.some((old) => old.positive && old.percent === c.percent && old.day < held.day),
        ),
    );
  const standing = claims.filter(
    (c) =>
      c.positive &&
      !calledOff(c) &&
      !restatedBesideDeal(c) &&
      !((lastEnding.get(c.percent) ?? '') > c.day) &&
      // Restated after it was replaced (not merely paused) by a level some article tells as holding
      // since: an old rate in a background sentence. With no such level, nothing took its place as
      // far as the articles tell, and the article that says it holds is the best word on it; so is
      // one whose sentence tells the change as still to come ("will reduce it to 18% from 25%,
      // though the timeline … has not been finalised"): news that the change has not happened.
      !(
        c.event.status === 'in force' &&
        (firstReplaced.get(c.percent) ?? '\uffff') < c.day &&
        succeeded(c.percent) &&
        !changeToCome(events, c.event.statement, asOf)
      ),
  );
  if (standing.length === 0) return undefined;
  // A part told alone ("cut its additional tariffs from 20% to 10%") is no level of the goods in
  // general while a level of the whole holds: the whole stands (a part its sentence sums stays).
  const alone = (c: Claim) =>
    c.event.statement.part === 'component' &&
    !standing.some(
      (o) =>
        o !== c &&
        o.event.statement.part === 'component' &&
        o.event.status === 'in force' &&
        c.event.status === 'in force' &&
        o.event.statement.sentence === c.event.statement.sentence,
    );
  // A bound of the whole ("brings the average rate below 25%") tells no level for the part to give way to.
  if (standing.some((c) => c.event.statement.part !== 'component' && !isBound(c.event.statement)))
    standing.splice(0, standing.length, ...standing.filter((c) => !alone(c)));
  const newestDay = standing.reduce((day, c) => (c.day > day ? c.day : day), '');
  const newest = standing
    .filter((c) => c.day === newestDay)
    .sort((a, b) => rank(a.event.statement) - rank(b.event.statement));
  let best = newest[0]!;
  // Claims of that day that disagree, with nothing to rank them by: the level that held before
  // (the scope's own, else `heldBefore`'s) stands, since a change needs a source that tells it
  // plainly ("announced a 20% tariff, but had halved it to 10%" read as two levels in force).
  const ties = newest.filter((c) => rank(c.event.statement) === rank(best.event.statement));
  // Unless one level alone is marked as the one holding now ("the 10% rate currently imposed"
  // beside a deal's "setting the rate at 15%"): news marks it so to set it against a level to come.
  const plain = new Set(
    ties.filter((c) => markedAsHolding(c.event.statement.sentence, c.percent)).map((c) => c.percent),
  );
  // Or unless a source of that day tells all levels but one as replaced ("the deal slashed the 39%
  // tariff" beside "agreed to lower tariffs from 39% to 15%", read as 39% holding): that one is the change.
  const replacedThatDay = (percent: number) =>
    claims.some((c) => !c.positive && c.event.status !== 'paused' && c.day === newestDay && c.percent === percent);
  const unreplaced = new Set(ties.filter((c) => !replacedThatDay(c.percent)).map((c) => c.percent));
  if (plain.size === 1 && ties.some((c) => !plain.has(c.percent))) best = ties.find((c) => plain.has(c.percent))!;
  else if (unreplaced.size === 1 && ties.some((c) => !unreplaced.has(c.percent)))
    best = ties.find((c) => unreplaced.has(c.percent))!;
  else if (ties.some((c) => c.percent !== best.percent)) {
    const before = standing
      .filter((c) => c.day < newestDay)
      .reduce<Claim | undefined>((last, c) => (!last || c.day > last.day ? c : last), undefined);
    const held = before ? before.percent : heldBefore(newestDay);
    best = ties.find((c) => c.percent === held) ?? best;
    // A level that is another plus a part some source of that day gives as still to come ("doubling
    // tariffs to 50%" beside "the additional 25% will come into effect on August 27") has not come:
    // the level without the part holds.
    const partToCome = (c: Claim) =>
      ties.some((o) =>
        events.some(
          (e) =>
            e.date === newestDay &&
            e.statement.part === 'component' &&
            toComeOn(e, asOf) &&
            Math.abs(o.percent + e.statement.percent - c.percent) < 0.01,
        ),
      );
    if (partToCome(best)) best = ties.find((c) => !partToCome(c)) ?? best;
  }
  // An old level told as holding while a change is pending ("agreed to cut it to 15% from 25%")
  // yields to the new level when the same article also tells that one as in force.
  const rivals = newest.filter(
    (c) => c.percent !== best.percent && c.event.statement.articleId === best.event.statement.articleId,
  );
  if (rivals.length > 0) {
    const { articleId, sentence } = best.event.statement;
    const pendingHere = (percent: number) =>
      events.some(
        (e) =>
          (e.status === 'scheduled' || e.status === 'announced') &&
          e.statement.percent === percent &&
          e.statement.articleId === articleId &&
          e.statement.sentence === sentence,
      );
    // Both levels of a change told as holding ("lowering the overall tariff from 55% to 47%"): the
    // level it goes to.
    best =
      rivals.find((c) => pendingHere(c.percent)) ??
      rivals.find((c) => c.event.statement.sentence === sentence && toldAsChange(sentence, best.percent, c.percent)) ??
      best;
  }
  best = withoutPartToCome(events, claims, best, asOf);
  // Parts one sentence adds together ("a 10% baseline plus a 15% reciprocal rate") make the rate their sum.
  let parts =
    best.event.statement.part === 'component'
      ? newest.filter(
          (c) =>
            c.event.status === 'in force' &&
            c.event.statement.part === 'component' &&
            c.event.statement.articleId === best.event.statement.articleId &&
            c.event.statement.paragraph === best.event.statement.paragraph &&
            c.event.statement.sentence === best.event.statement.sentence,
        )
      : [];
  const sum = Math.round(parts.reduce((total, c) => total + c.percent, 0) * 100) / 100;
  // A sum its own article says is still to come ("will rise to 50% on Aug. 27") is the level in
  // force told with the part to be added to it: the part that article does not announce holds.
  const toCome = (percent: number) =>
    events.some(
      (e) =>
        e.statement.articleId === best.event.statement.articleId &&
        e.statement.percent === percent &&
        toComeOn(e, asOf),
    );
  if (parts.length > 1 && toCome(sum)) {
    best = parts.find((c) => !toCome(c.percent)) ?? best;
    parts = [];
  }
  const percent = parts.length > 1 ? sum : best.percent;
  const disputed = newest.filter(
    (c) =>
      c.percent !== best.percent &&
      rank(c.event.statement) === rank(best.event.statement) &&
      c.event.statement.articleId !== best.event.statement.articleId,
  );
  // Its first day: back through the claims of the same rate with no other rate stated in between.
  let since = best.day;
  for (const c of [...standing].sort((a, b) => b.day.localeCompare(a.day))) {
    if (c.day > best.day) continue;
    if (c.percent !== best.percent && rank(c.event.statement) <= rank(best.event.statement) && c.day < since) break;
    if (c.percent === best.percent && c.day < since) since = c.day;
  }
  const scheduled = best.event.status === 'scheduled';
  return {
    percent,
    // The sum is the total the sentence adds up to: shown and cited as that sentence's total.
    statement: percent === best.percent ? best.event.statement : { ...best.event.statement, percent, part: 'total' },
    since,
    basis: scheduled ? 'as scheduled' : 'stated',
    disputed: [...new Map(disputed.map((c) => [c.event.statement.articleId, c.event.statement])).values()],
  };
}

const PENDING: readonly TrackerStatus[] = ['threatened', 'announced', 'scheduled', 'paused'];

/** What a limited rate is limited to: its products, else its scope ("goods routed through third countries"). */
const limitOf = (statement: RateStatement) => statement.products?.join(', ') ?? statement.scope ?? '';

/** Limited events grouped by what they are limited to, in the order first seen. */
function bySetOf(events: readonly RateEvent[]): Map<string, RateEvent[]> {
  const bySet = new Map<string, RateEvent[]>();
  for (const e of events) {
    const key = limitOf(e.statement);
    const set = bySet.get(key);
    // Pushed, not copied: a partner with thousands of product rates made this quadratic.
    if (set) set.push(e);
    else bySet.set(key, [e]);
  }
  return bySet;
}

/** The rate in force on `asOf` of each set of `bySet` that has one. */
const heldOn = (bySet: ReadonlyMap<string, readonly RateEvent[]>, asOf: string) =>
  [...bySet.values()].flatMap((events) => inForceAmong(events, asOf) ?? []);

/** The first day up to `asOf` that an article reporting the Supreme Court's ruling tells a rate on all countries (see `markAfterRuling`). */
const rulingDay = (worldwide: readonly RateEvent[], asOf: string) =>
  worldwide.find((e) => e.statement.afterRuling && e.date <= asOf)?.date;
/**
 * True when a partner's own rate was told before the ruling, or in news of it, and rests on no other
 * law: it was struck down.
 */
const struckDown = (rate: RateInForce, ruling: string) =>
  (rate.statement.published < ruling || rate.statement.inRulingNews === true) && !restsOnOtherLaw(rate.statement.basis);

/** Where `timeline`'s direction stands on `asOf` (YYYY-MM-DD), from the articles up to that day. */
export function stateOn(timeline: DirectionTimeline, asOf: string): DirectionState {
  const { worldwide } = timeline;
  // Before a partner's own rate, the rate on all countries held for it.
  const heldEverywhere = (day: string) => (worldwide ? inForceAmong(worldwide.general, day)?.percent : undefined);
  const told = inForceAmong(timeline.general, asOf, heldEverywhere);
  // A partner's own rate the Supreme Court struck down gives way to the rate on all countries told
  // since the ruling; with none told in force yet, the partner's own rate is the last word.
  const ruling = worldwide ? rulingDay(worldwide.general, asOf) : undefined;
  const onAll = worldwide && (!told || ruling) ? inForceAmong(worldwide.general, asOf) : undefined;
  const replaced = told && ruling && onAll && onAll.statement.published >= ruling && struckDown(told, ruling);
  const own = replaced ? undefined : told;
  const everywhere = own ? undefined : onAll;
  const inForce = own ?? (everywhere ? { ...everywhere, worldwide: true as const } : undefined);
  const bySet = bySetOf(timeline.limited);
  // A sector rate on all countries ("10% on timber and lumber") holds for a partner with none of its own on those goods.
  const sectors = worldwide
    ? heldOn(bySetOf(worldwide.limited), asOf)
        .filter((rate) => !bySet.has(limitOf(rate.statement)))
        .map((rate) => ({ ...rate, worldwide: true as const }))
    : [];
  const limited = [...heldOn(bySet, asOf), ...sectors].sort((a, b) =>
    b.statement.published.localeCompare(a.statement.published),
  );
  // Only news as recent as the rate in force can say what comes next, and a level announced that
  // is the one in force has come already.
  const newestInForce = own ? own.statement.published : '';
  const ahead = [...timeline.general]
    .reverse()
    .filter(
      (e) =>
        e.date <= asOf &&
        e.date >= newestInForce &&
        PENDING.includes(e.status) &&
        !(e.status === 'scheduled' && e.effective && e.effective <= asOf) &&
        !(e.status !== 'paused' && e.statement.percent === own?.percent),
    );
  const pending = ahead[0];
  const coming = ahead.find((e) => e.status === 'announced' || e.status === 'scheduled');
  return {
    imposer: timeline.imposer,
    target: timeline.target,
    asOf,
    ...(inForce ? { inForce } : {}),
    limited,
    ...(pending ? { pending } : {}),
    ...(coming ? { coming } : {}),
  };
}

/** The general rate `imposer` charges on `target` on `asOf`, from every statement of a knowledge base. */
export function rateInForce(
  statements: readonly RateStatement[],
  imposer: string,
  target: string,
  asOf: string,
): RateInForce | undefined {
  return stateOn(timelineOf(statements, imposer, target), asOf).inForce;
}

/** The timelines of both directions between the home country and `partner`, kept as long as the statements live. */
const pairs = new WeakMap<readonly RateStatement[], Map<string, readonly [DirectionTimeline, DirectionTimeline]>>();

/** Both directions between the home country and `partner`: what the home country charges, then what the partner charges. */
export function pairTimelines(
  statements: readonly RateStatement[],
  partner: string,
): readonly [DirectionTimeline, DirectionTimeline] {
  let byPartner = pairs.get(statements);
  if (!byPartner) pairs.set(statements, (byPartner = new Map()));
  let pair = byPartner.get(partner);
  if (!pair) {
    const mine = rateLookup(statements).byPartner.get(partner) ?? [];
    pair = [
      { ...directionTimeline(mine, HOME_COUNTRY, partner), worldwide: fallbackOf(statements) },
      directionTimeline(mine, partner, HOME_COUNTRY),
    ];
    byPartner.set(partner, pair);
  }
  return pair;
}

/**
 * "in force since 1 March 2025, as scheduled; no later article confirms" (and "; the rate on all
 * countries" when it stands in for a partner's own): how a reply words a rate in force.
 */
export function inForceWording(rate: RateInForce, formatDay: (day: string) => string): string {
  const since = `in force since ${formatDay(rate.since)}`;
  const told = rate.basis === 'as scheduled' ? `${since}, as scheduled; no later article confirms` : since;
  return rate.worldwide ? `${told}; the rate on ${rate.statement.target}` : told;
}
