import { sentenceText, type Article, type Passage } from '../corpus/article.ts';
import { findCountry, HOME_COUNTRY } from '../geo/countries.ts';
import { MONTH_NAMES, MONTH_STEMS, WEEKDAY_NAMES } from '../dates/names.ts';
import { countryMentions } from '../geo/mentions.ts';
import { clauseAt, clauseSpans, intersect, segmentSpans, type Span } from './clauses.ts';
import { readDates } from '../dates/read.ts';
import { legalBasisOf } from './basis.ts';
import { scheduleTotalsOfPendingParts } from './pending-total.ts';
import { scheduleRestatedLevels } from './restated-to-come.ts';
import { DEAL_NOUN, FROM_BEFORE } from './change.ts';
import { ADDED_TO, coverageOf, measureGoodsIn } from './coverage.ts';
import { datedAt, effectiveDate, IMPOSED_IN_PAST, TOOK_EFFECT_WORDS } from './effective.ts';
import { delayedStart, pauseOver } from './delays.ts';
import { exemptedFrom, sparedInAside } from './exempted.ts';
import { directionsOf, respectiveDirections, respectiveRun, type ContextParty, type Direction } from './direction.ts';
import { TARIFF_WORDS } from './cues.ts';
import {
  CHANGES_STATED_RATE,
  GOVERNMENT_AFTER,
  HOME_GOVERNMENT,
  isWorldwide,
  POSSESSIVE_TARIFF_BARE,
  RETALIATION,
} from './party-cues.ts';
import { isListItem, leadInStatus, listItemRates } from './list-items.ts';
import { withGroupNamed } from './counted-group.ts';
import { BULLET_MARKS, completedLine, whatIfLine } from './lead-in-lines.ts';
import { bulletedStart, includedStart } from './bulleted-start.ts';
import { rateTables } from './table-columns.ts';
import { announcedStart, announcedStatus, LETTER, toldByLetter } from './letters.ts';
import { HAS_PERCENT, ratePercents, type PercentMention } from './percentages.ts';
import { expandModals } from '../text/contractions.ts';
import { PERCENT_UNIT } from '../text/percent-unit.ts';
import { sentenceCase } from '../text/title-case.ts';
import type { RateStatement, RateStatus } from './rate-statement.ts';
import { namesOfficial, roledMentions, type RoledMention } from './roles.ts';
import { markAfterRuling } from './rulings.ts';
import { markPausedPartners } from './paused-partners.ts';
import { markCalledOff } from './called-off.ts';
import { readAlternatives } from './alternatives.ts';
import { penaltyOnEveryPartner } from './transshipment.ts';
import { wordsSource } from './words.ts';
import { heldAlready, statusOf, withoutFalseCues } from './status.ts';

/** Words between two levels that put the second after the first in time, with no contrast between them. */
const SEQUENCE = /^(?![^]*\b(?:while|whereas|but|although)\b)[^]*\b(?:then|later|subsequently|finally|eventually)\b/u;

/** The first level of a telling: "first at 10%", "initially at 20%", "at first 25%". */
const FIRST_AT = /\b(?:first|initially|at\s+first)\s+(?:at|of|to)?\s*(?:a\s+|an\s+)?$/u;
/** A later telling that revises the first: "and then later saying he would raise it to", "then announced". */
const REVISED_TELLING =
  /^(?![^]*\b(?:while|whereas|although)\b)[^]*\b(?:then|later|subsequently)\b[^]*\b(?:said|saying|says|announced|announcing|declared|declaring|wrote|writing)\b/u;

/** A second new level of the same change, later in the sentence: "… to 30% in May and to 20% in November". */
const LATER_LEVEL =
  /^(?![^]*\b(?:while|whereas|but|although)\b)[^]*\band\s+(?:then\s+|later\s+)?(?:again\s+)?to\s+(?:a\s+|an\s+)?$/u;

/** An aside comparing the rate with another country's: ", the same rate imposed on the EU", "— the same level as Vietnam", ", the same as Vietnam". */
const SAME_AS =
  /^\s*(?:,|—|–|\s-)\s*(?:the\s+)?same\s+(?:as(?:\s+(?:that\s+)?(?:for|on|of))?|(?:\S+\s+)?(?:rate|level|tariff|duty|levy|percentage)\s+(?:as(?:\s+(?:that\s+)?(?:for|on|of))?|(?:imposed|levied|applied|charged)\s+(?:on|to)|(?:paid|faced|agreed|secured)\s+by|that\s+applies\s+to))\s+/u;

/** A rate said to match another country's: " rate would match the EU's tariff", " duty, matching that of Japan". */
const MATCHES =
  /^(?:\s+[\p{L}-]+){0,4}?\s*,?\s+(?:(?:would|will|to|which|that)\s+){0,2}(?:match(?:es|ed|ing)?|equals?|equalling|mirror(?:s|ed|ing)?)\s+(?:(?:that|those)\s+(?:of|for|on)\s+)?(?:the\s+)?(?=\p{Lu})/u;

/**
 * A rise told with a participle and a day, as trackers write a step to come: "25%, increasing to
 * 30% on January 1". With no past tense in the sentence the day is ahead, whatever its year.
 */
const RISING_TO = /\b(?:increasing|rising|climbing|going\s+up|stepping\s+up)\s+to\s+$/iu;
const ON_A_DAY =
  /^\S*\s+(?:on|from|starting|beginning|effective)\s+(?:\p{Lu}\p{Ll}+\s+\d{1,2}\b|\d{1,2}\s+\p{Lu}\p{Ll}+\b)/u;
const PAST_TENSE = /\b(?:was|were|had|rose|fell|went|climbed|jumped|increased|raised|hiked|took)\b/u;

/** After a rate, the change it came after: "… that follows a sharp hike to", ", after a cut to". */
const FOLLOWED_CHANGE =
  /\b(?:follows?|followed|following|comes?\s+after|came\s+after|after)\s+(?:(?:a|an|the|its|their|his|this|that|\p{L}+ly|sharp|steep|big|earlier|previous|brief|recent|punitive)\s+)*(?:hike|increase|rise|jump|raise|cut|reduction|drop)\s+(?:in\s+(?:the\s+)?\S+\s+)?to\s+(?:a\s+|an\s+)?$/u;

/**
 * A clause saying that what the sentence tells has not started: "the agreement has yet to take
 * effect", "but implementation has been delayed", "talks have stalled, delaying its implementation",
 * "but it remains unclear when the deal will take effect".
 */
const NOT_STARTED =
  /\b(?:(?:uncertain|unclear)\s+when\s+(?:[\p{L}'’-]+\s+){1,4}?(?:will|would)\s+(?:go\s+into\s+(?:force|effect)|take\s+effect|come\s+into\s+(?:force|effect)|be\s+(?:implemented|applied|enforced))|(?:has|have|is|are)\s+yet\s+to\s+(?:take\s+effect|come\s+into\s+(?:force|effect)|be\s+(?:implemented|applied|enforced))|(?:has|have|is|are)\s+not\s+yet\s+(?:taken\s+effect|in\s+(?:effect|force)|been\s+(?:implemented|applied))|(?:is|are)\s+not\s+yet\s+(?:effective|in\s+place)|implementation\s+(?:has|have|is|are)\s+(?:been\s+|being\s+)?(?:delayed|stalled|postponed|held\s+up|on\s+hold)|(?:delay|stall|postpon|hold)(?:s|ed|ing)?\s+(?:up\s+)?(?:its|their|the)\s+implementation)\b/iu;
/** A headline that asks whether there will be a rate, with no verb of its own: "A 500% tariff on India?" */
const ASKED_HEADLINE =
  /^(?![^?]*\b(?:what|how|why|who|when|where|which|will|is|are|was|were|does|do|did|can|could|should|would|has|have)\b)[^.!?]{0,80}\?\s*$/iu;

/** A sentence that adds to what the one before told: "Additionally, …", "In addition, …". */
const CONTINUES = /^\W*(?:additionally|in\s+addition|also|besides|moreover|furthermore|on\s+top\s+of\s+that)\b/iu;
/**
 * A bulleted line ("- A 25% tariff on automobiles"): after a bulleted line that gave a rate, an
 * item of the same list, whose pair the list's lead-in gave ("Mexico will continue paying:").
 */
const BULLETED = new RegExp(`^\\s*[${BULLET_MARKS}]\\s+`, 'u');

/**
 * A sentence that changes the rate just stated ("He then said he would raise the rate to 15%"); when
 * the home government acts in it ("Trump raised the rate to 125%"), only a rate of its own.
 */
const changesStated = (sentence: string, recent: RateStatement) =>
  CHANGES_STATED_RATE.test(sentence) && (recent.imposer === HOME_COUNTRY || !HOME_GOVERNMENT.test(sentence));

/**
 * One levy the sentence before told, pointed back to: "that levy", "this duty", "the same tariff",
 * "the new levy", or by the change just told of it ("the doubled tariff", "the reduced duty"). In a
 * sentence naming no country, its rates are of the same pair ("Firstly set at 10%, the new levy was
 * raised to the legal ceiling", "The doubled tariff, from 25% to 50%, took effect on Wednesday").
 */
const POINTS_BACK_TO_LEVY =
  /\b(?:that|this|the\s+same|the\s+new|the\s+(?:doubled|tripled|halved|increased|raised|higher|lowered|reduced|revised))\s+(?:[\p{L}-]+\s+)?(?:tariff|duty|levy|surcharge)\b/iu;
/**
 * A worldwide levy changed under a deal ("Under the new agreement, that levy will be halved to 12.5
 * percent" after "an additional 25 percent duty on automobiles"): the change is the partner's, whom
 * the article names, not everyone's.
 */
const UNDER_DEAL = new RegExp(String.raw`\b${DEAL_NOUN}s?\b`, 'iu');
const keepsLevyPair = (sentence: string, recent: RateStatement) =>
  POINTS_BACK_TO_LEVY.test(sentence) &&
  countryMentions(sentence).length === 0 &&
  !(isWorldwide(recent.target) && UNDER_DEAL.test(sentence));

/** How many paragraphs back a sentence that names no country looks for the countries it is about. */
const CONTEXT_PARAGRAPHS = 2;

/**
 * The countries each sentence of an article names (places left out), with the part the sentence
 * gives each (its first mention that has one), worked out once per sentence.
 */
function sentenceParties(passages: readonly Passage[]): (p: number, s: number) => ContextParty[] {
  const cache = new Map<string, ContextParty[]>();
  return (p, s) => {
    const key = `${p}:${s}`;
    let parties = cache.get(key);
    if (!parties) {
      const passage = passages[p];
      const span = passage?.sentences[s];
      const text = passage && span ? sentenceText(passage, span) : '';
      const mentions = spokenOf(text, roledMentions(text));
      parties = [...new Set(mentions.map((m) => m.country))].map((country) => ({
        country,
        role: mentions.find((m) => m.country === country && m.role !== 'unknown')?.role ?? 'unknown',
      }));
      cache.set(key, parties);
    }
    return parties;
  };
}

/**
 * The countries a sentence speaks of, for the sentences after it: not one named only as an
 * official's where it names another ("French Prime Minister François Bayrou said the deal left the
 * EU …" is of the EU; the minister's country is who speaks).
 */
function spokenOf(text: string, mentions: readonly RoledMention[]): readonly RoledMention[] {
  const officialOnly = (country: string) =>
    country !== HOME_COUNTRY && mentions.every((m) => m.country !== country || namesOfficial(text, m));
  const others = mentions.filter((m) => m.country !== HOME_COUNTRY && !officialOnly(m.country));
  return others.length > 0 ? mentions.filter((m) => !officialOnly(m.country)) : mentions;
}

/**
 * The parties of the nearest sentence before sentence `index` of passage `at` that names a
 * foreign country: what "both sides" or a bare "the tariffs … soared to 145%" is about, and who
 * imposes on whom there ("India has imposed a tariff on steel from China. The levy is 12%."). Where
 * that sentence stated rates between named countries, their parties are the ones it tells of, not
 * every country it names: after "to answer Russia's actions against Ukraine, he imposes 25% on
 * India", "the tariff imposed by this order" is the one on India.
 */
function contextParties(
  passages: readonly Passage[],
  partiesOf: (p: number, s: number) => ContextParty[],
  ratedOf: (p: number, s: number) => ContextParty[] | undefined,
  at: number,
  index: number,
): ContextParty[] {
  const before = sentencesBefore(passages, at, index);
  for (const [p, s] of before) {
    const parties = partiesOf(p, s);
    if (!parties.some((c) => c.country !== HOME_COUNTRY)) continue;
    const rated = ratedOf(p, s);
    if (rated) return rated;
    // "India's oil buyer has disturbed Russia's economy": several countries, none with a part in a
    // tariff, leave open whose rate comes next; the one an earlier sentence taxed ("the U.S. tariffs
    // on India") is the one the story is about.
    const foreign = parties.filter((c) => c.country !== HOME_COUNTRY);
    if (foreign.length < 2 || foreign.some((c) => c.role !== 'unknown')) return parties;
    for (const [q, t] of before) {
      const taxed = (ratedOf(q, t) ?? partiesOf(q, t)).filter(
        (c) => c.role === 'target' && foreign.some((f) => f.country === c.country),
      );
      if (taxed.length > 0) return [...parties.filter((c) => c.country === HOME_COUNTRY), ...taxed];
    }
    return parties;
  }
  return headingParties(passages, partiesOf, at);
}

/**
 * How many paragraphs a section under a country's heading may run ("Mexico", "Legal basis: …",
 * "Effective date: …", "Tariff rate", "- 25% tariff").
 */
const SECTION_PARAGRAPHS = 8;
/** A flag or bullet before a heading's name ("🇲🇽 Mexico"). */
const HEADING_MARKS = /^[\p{Regional_Indicator}\p{Extended_Pictographic}\s•·▪◦‣*#-]+|[\s:]+$/gu;

/**
 * A tracker's section under a heading that is a country's name and nothing else ("Mexico", then
 * "Tariff rate", "- 25% tariff"): its lines are that country's, further down than the sentences
 * `contextParties` reads, until a paragraph names another country.
 */
function headingParties(
  passages: readonly Passage[],
  partiesOf: (p: number, s: number) => ContextParty[],
  at: number,
): ContextParty[] {
  for (let p = at - CONTEXT_PARAGRAPHS - 1; p >= Math.max(0, at - SECTION_PARAGRAPHS); p--) {
    const passage = passages[p];
    if (!passage) break;
    const parties = passage.sentences.flatMap((_, s) => partiesOf(p, s));
    if (!parties.some((c) => c.country !== HOME_COUNTRY)) continue;
    const heading = findCountry(passage.text.replace(HEADING_MARKS, ''));
    return heading && heading.name !== HOME_COUNTRY ? [{ country: heading.name, role: 'unknown' }] : [];
  }
  return [];
}

/** The sentences before sentence `index` of passage `at`, nearest first, up to `CONTEXT_PARAGRAPHS` paragraphs back. */
function* sentencesBefore(passages: readonly Passage[], at: number, index: number): Generator<[number, number]> {
  for (let p = at; p >= Math.max(0, at - CONTEXT_PARAGRAPHS); p--)
    for (let s = (p === at ? index : (passages[p]?.sentences.length ?? 0)) - 1; s >= 0; s--) yield [p, s];
}

/**
 * Who the nearest sentence before sentence `index` of passage `at` (up to two paragraphs back) that
 * tells someone's rate or tariff on `target` gives as imposing it, when that is a foreign country:
 * after "China will impose duties on Canadian canola", "A 75.8 percent duty will apply" and "a
 * 100% tariff will be imposed on rapeseed oil originating from Canada" are China's. A sentence naming
 * the target with no one imposing ("Canadian shipments caused damage") is passed over.
 */
function imposerBefore(
  passages: readonly Passage[],
  pairsOf: (p: number, s: number) => readonly Direction[],
  partiesOf: (p: number, s: number) => readonly ContextParty[],
  at: number,
  index: number,
  target: string,
): string | undefined {
  for (const [p, s] of sentencesBefore(passages, at, index)) {
    const imposers = new Set(pairsOf(p, s).flatMap((d) => (d.target === target ? [d.imposer] : [])));
    // "India rolled out a new trade measure, imposing safeguard duties on certain steel imports": a
    // sentence whose one party is a foreign country imposing on imports from no one named tells
    // whose measure a later rate on one origin of them is.
    const [alone, ...others] = partiesOf(p, s);
    // (Never the target itself: "The Swiss government announced a memorandum" tells no Swiss rate on Switzerland.)
    if (
      imposers.size === 0 &&
      alone?.role === 'imposer' &&
      alone.country !== target &&
      others.length === 0 &&
      pairsOf(p, s).length === 0
    )
      imposers.add(alone.country);
    if (imposers.size === 0) continue;
    const [imposer] = imposers;
    return imposers.size === 1 && imposer !== HOME_COUNTRY ? imposer : undefined;
  }
  return undefined;
}

/** The pairs a sentence with no rate gives by its roles: each country imposing on each one targeted. */
const roledPairs = (parties: readonly ContextParty[]): Direction[] =>
  parties.flatMap((imposer) =>
    imposer.role !== 'imposer'
      ? []
      : parties
          .filter((t) => t.role === 'target' && t.country !== imposer.country)
          .map((t) => ({ imposer: imposer.country, target: t.country })),
  );

/** The countries `rates` are between, with the part each plays; none unless one is a named foreign country. */
function ratedParties(rates: readonly Direction[]): ContextParty[] | undefined {
  const parties = new Map<string, ContextParty['role']>();
  const add = (country: string, role: ContextParty['role']) => {
    if (!isWorldwide(country))
      parties.set(country, parties.has(country) && parties.get(country) !== role ? 'unknown' : role);
  };
  for (const { imposer, target } of rates) {
    add(imposer, 'imposer');
    add(target, 'target');
  }
  const named = [...parties.keys()].some((c) => c !== HOME_COUNTRY);
  return named ? [...parties].map(([country, role]) => ({ country, role })) : undefined;
}

type Placed = Pick<
  RateStatement,
  | 'imposer'
  | 'target'
  | 'percent'
  | 'qualifier'
  | 'status'
  | 'part'
  | 'products'
  | 'scope'
  | 'effective'
  | 'dated'
  | 'basis'
>;

/**
 * The day each rate's own segment of the sentence dates it ("In April, … 26%", "25% was imposed in
 * August"), told in the past; none where its segment gives no date.
 */
function levelDays(sentence: string, published: string, segments: readonly Span[]): (string | undefined)[] {
  const readings = readDates(sentence, published, { months: true });
  return segments.map((segment) => {
    const own = readings.filter((r) => r.start >= segment.start && r.end <= segment.end);
    return own.length === 1 ? own[0]?.day('past') : undefined;
  });
}

/**
 * Between two rates, an "and" or "plus" that joins the second to the first with no verb of its own:
 * "100% on electric cars and 25% …", "100% EV and 25% …"; or an "or" of a choice ("15% or 20% on …").
 */
const JOINED_RATE =
  /^[^,;:.]{0,60}?\b(?:and|plus|or)\s+(?:an?\s+)?(?:(?:another|additional|extra|further|separate)\s+)?$/u;
const VERB_BETWEEN = /\b(?:is|are|was|were|will|would|has|have|had|\p{Ll}+ed)\b/u;

/**
 * "Canada imposed a 100% levy on electric cars and 25% on steel and aluminum from China": rates a
 * foreign party charges, joined by "and", share the partner named once after the last. A first rate
 * naming no partner of its own had fallen back on the home country, which the sentence never names.
 */
function sharedTarget(
  sentence: string,
  percents: readonly PercentMention[],
  mentions: readonly RoledMention[],
  found: (Placed & { index: number })[],
): void {
  if (mentions.some((m) => m.country === HOME_COUNTRY)) return;
  for (let i = percents.length - 2; i >= 0; i--) {
    const percent = percents[i];
    const next = percents[i + 1];
    if (!percent || !next) continue;
    const between = sentence.slice(percent.end, next.lead);
    if (!JOINED_RATE.test(between) || VERB_BETWEEN.test(between)) continue;
    const own = found.filter((f) => f.index === i);
    const later = found.filter((f) => f.index === i + 1 && f.target !== HOME_COUNTRY);
    const [first] = own;
    if (
      !first ||
      first.imposer === HOME_COUNTRY ||
      own.some((f) => f.imposer !== first.imposer || f.target !== HOME_COUNTRY)
    )
      continue;
    if (later.length === 0 || later.some((f) => f.imposer !== first.imposer)) continue;
    found.splice(found.indexOf(first), own.length, ...later.map((l) => ({ ...first, target: l.target })));
  }
}

/** The statement a rate of a sentence makes, by its number, before its parties are known. */
type Unplaced = Omit<Placed, 'imposer' | 'target'> & { index: number };

/**
 * "imposed a 25% tariff and a 25% penalty on Indian goods": a rate whose own words name no party,
 * joined to the next by "and" or "plus", shares the parties named once after the last (`unplaced`
 * holds, by number, the statement each such rate would make).
 */
function joinedToNext(
  sentence: string,
  percents: readonly PercentMention[],
  unplaced: ReadonlyMap<number, Unplaced>,
  found: (Placed & { index: number })[],
): void {
  for (let i = percents.length - 2; i >= 0; i--) {
    const statement = unplaced.get(i);
    const [percent, next] = [percents[i], percents[i + 1]];
    if (!statement || !percent || !next) continue;
    const between = sentence.slice(percent.end, next.lead);
    if (!JOINED_RATE.test(between) || VERB_BETWEEN.test(between)) continue;
    const later = found.filter((f) => f.index === i + 1);
    if (later.length === 0) continue;
    found.splice(
      found.indexOf(later[0]!),
      0,
      ...later.map(({ imposer, target }) => ({ ...statement, imposer, target })),
    );
  }
}

/**
 * Marks as a part each statement whose neighbour (the next number for `step` 1, the one before for
 * -1) is a part on the same target, where the words between the two numbers match `joined`.
 */
function partsBeside(
  sentence: string,
  percents: readonly PercentMention[],
  found: (Placed & { index: number })[],
  step: 1 | -1,
  joined: RegExp,
): void {
  for (const statement of found) {
    const percent = percents[statement.index];
    const other = percents[statement.index + step];
    if (statement.part || !percent || !other) continue;
    const [first, second] = step === 1 ? [percent, other] : [other, percent];
    if (!joined.test(sentence.slice(first.end, second.lead))) continue;
    if (
      found.some((f) => f.index === statement.index + step && f.part === 'component' && f.target === statement.target)
    )
      statement.part = 'component';
  }
}

/**
 * A country's possessive right before a verb, its noun left out as the sentence before named it
 * ("India's tariff has gone from 26% to 25%. South Korea's has fallen from 25% to 15%"): right
 * after a rate, the country's rate, read with the noun put back.
 */
const ELIDED_RATE =
  /^(\W*(?:The\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}['’]s)\s+(?=(?:has|have|had|is|was|fell|rose|went|dropped|climbed|jumped|stays|stayed|remains|remained)\b)/u;

/** How many countries an "up to" bound must be shared by to be read as the top of a range among them. */
const GROUP_SIZE = 3;
/**
 * The two ends of a range: "ranged from a low of 11% to a high of 50%", "between 10% and 41%". Over
 * a group of partners they bound the rates among them, as an "up to" does.
 */
const RANGE = new RegExp(
  String.raw`\b(?:rang(?:e|es|ed|ing)\s+from|from\s+a\s+low\s+of|between)\s+(?:about\s+)?\d+(?:\.\d+)?\s*(?:${PERCENT_UNIT})?\s+(?:to|and)\s+(?:a\s+high\s+of\s+)?\d+(?:\.\d+)?\s*${PERCENT_UNIT}`,
  'giu',
);
const inRange = (sentence: string, at: number) =>
  [...sentence.matchAll(RANGE)].some((m) => at >= m.index && at < m.index + m[0].length);

/**
 * The rate statements of one sentence of an article published on `published`; `context` gives the
 * parties of earlier sentences, when asked, and `restated` the pair of the rate its subject names by
 * number (see `restatedDirection`), asked only of a sentence with a rate.
 */
export function sentenceRates(
  told: string,
  published: string,
  context: () => readonly ContextParty[],
  continued?: Direction,
  restated?: () => Direction | undefined,
  listGoesOn = false,
): Placed[] {
  const sentence = sentenceCase(expandModals(told));
  const percents = ratePercents(sentence, listGoesOn);
  const first = percents[0];
  if (!first) return [];
  const ends = percents.map((p) => p.end);
  const mentions = roledMentions(sentence).filter((m) => !sparedInAside(sentence, m, ends));
  const clauses = clauseSpans(sentence);
  const segments = segmentSpans(sentence, percents);
  const run = respectiveRun(sentence, percents);
  const respective = run === undefined ? respectiveDirections(sentence, mentions, percents) : undefined;
  const directionsAt: Direction[][] = [];
  const statusText = withoutFalseCues(sentence);
  let memo: readonly ContextParty[] | undefined;
  /** The start date the sentence gives ('' for none), read once: chrono is slow. */
  let sentenceStart: string | undefined;
  /** The day the sentence dates what it tells ('' for none), read once. */
  let sentenceDated: string | undefined;
  const cachedContext = () => (memo ??= context());
  const found: (Placed & { index: number })[] = [];
  const unplaced = new Map<number, Unplaced>();
  let previous: { directions: Direction[]; status: RateStatus; products?: string[]; end: number } | undefined;
  percents.forEach((percent, i) => {
    const segment = segments[i] ?? { start: 0, end: sentence.length };
    const clause = intersect(clauseAt(clauses, percent.start), segment);
    const own =
      respective?.[i] ??
      (run !== undefined && i >= run ? directionsAt[i - (percents.length - run)] : undefined) ??
      directionsOf({
        sentence,
        mentions,
        clause,
        segment,
        at: percent.start,
        previous: previous?.directions,
        ...(previous ? { previousEnd: previous.end } : {}),
        context: cachedContext,
        ...(continued ? { continued } : {}),
      });
    const restatedPair = i === 0 ? restated?.() : undefined;
    const directions = restatedPair && restates(own, restatedPair) ? [restatedPair] : own;
    const status = statusOf({
      sentence: statusText,
      percent,
      clauses,
      clause,
      segment,
      previous: previous?.status,
      published,
    });
    const coverage = coverageOf({
      sentence,
      percent,
      clause,
      segment,
      previousProducts: previous?.products,
      previousEnd: previous?.end,
    });
    previous = { directions, status, products: coverage.products, end: percent.end };
    directionsAt[i] = directions;
    // "Indonesia, Serbia, Cambodia and Thailand face tariffs of up to 36%": a bound over a group is
    // the top of the range its members' rates span, no one member's rate; so are a range's ends.
    if (
      new Set(directions.map((d) => d.target)).size >= GROUP_SIZE &&
      (percent.qualifier === 'up to' || inRange(sentence, percent.start))
    )
      return;
    const effective =
      status === 'scheduled'
        ? (sentenceStart ??= effectiveDate(sentence, published) ?? delayedStart(sentence, published)?.effective ?? '')
        : '';
    const dated = status === 'current' ? (sentenceDated ??= datedAt(sentence, published) ?? '') : '';
    const basis = legalBasisOf(sentence, segment);
    const statement = {
      index: i,
      percent: percent.value,
      ...(percent.qualifier ? { qualifier: percent.qualifier } : {}),
      status,
      ...coverage,
      ...(effective ? { effective } : {}),
      ...(dated ? { dated } : {}),
      ...(basis ? { basis } : {}),
    };
    if (directions.length === 0) unplaced.set(i, statement);
    for (const { imposer, target } of directions) found.push({ ...statement, imposer, target });
  });
  joinedToNext(sentence, percents, unplaced, found);
  readAlternatives(sentence, percents, found);
  // "15%, the same rate imposed on the EU", "a 15% rate would match the EU's tariff": the rate of
  // the country it is compared with, too (a country matched is no party of its own, so is found by name).
  percents.forEach((percent, i) => {
    const segment = segments[i] ?? { start: 0, end: sentence.length };
    const after = sentence.slice(percent.end, segment.end);
    const same = SAME_AS.exec(after);
    const matched = same ? null : MATCHES.exec(after);
    const stated = found.find((f) => f.index === i);
    const compared = same ?? matched;
    // A match is told of the home country's rates ("would match the EU's tariff").
    if (!compared || !stated || (matched && stated.imposer !== HOME_COUNTRY)) return;
    const from = percent.end + compared.index + compared[0].length;
    const end = from + (/[,;—–(]|\s-\s/u.exec(sentence.slice(from))?.index ?? sentence.length);
    for (const m of matched ? countryMentions(sentence) : mentions) {
      if (m.start < from || m.end > end || m.country === stated.imposer) continue;
      if (found.some((f) => f.index === i && f.target === m.country)) continue;
      found.push({ ...stated, target: m.country, status: 'current' });
    }
  });
  sharedTarget(sentence, percents, mentions, found);
  // "a 25% reciprocal tariff on top of a 25% penalty": the rate the next one is added to is a part too.
  partsBeside(sentence, percents, found, 1, ADDED_TO);
  // "cut its additional tariffs from 20% to 10%": the new level of a part is a part too.
  partsBeside(sentence, percents, found, -1, /^\s+to\s+$/u);
  // A level that a later one in the same sentence followed ("raised to 104% and then to 125%",
  // "set at 49%, later cut to 19%", "lowered to 30% in May and to 20% in November") was in force
  // before it, not now.
  // So was one dated before the other by their own words ("In April, India faced 26%, and 25% was
  // imposed in August").
  let days: (string | undefined)[] | undefined;
  const dayOf = (i: number) => (days ??= levelDays(sentence, published, segments))[i];
  for (const statement of found) {
    const percent = percents[statement.index];
    // A part added on the way ("raised by 20%, and then to 54%") stays in the total.
    if (!percent || statement.status !== 'current' || statement.part === 'component') continue;
    const follows = found.find((f) => {
      const next = percents[f.index];
      if (
        next === undefined ||
        f.index <= statement.index ||
        f.status !== 'current' ||
        f.imposer !== statement.imposer ||
        f.target !== statement.target ||
        f.products?.join() !== statement.products?.join()
      )
        return false;
      if ((f.index === statement.index + 1 ? SEQUENCE : LATER_LEVEL).test(sentence.slice(percent.end, next.lead)))
        return true;
      const [day, later] = [dayOf(statement.index), dayOf(f.index)];
      return f.percent !== statement.percent && day !== undefined && later !== undefined && day < later;
    });
    if (!follows) continue;
    statement.status = 'previous';
    delete statement.dated;
    const later = dayOf(follows.index);
    if (follows.dated && later) follows.dated = later;
  }
  // "said he would impose a new tariff, first at 10% and then later saying he would raise it to 15%":
  // a level told as the first of an announcement that a later telling revised was given up for the
  // new one, whether that holds now or is still to come.
  for (const statement of found) {
    const percent = percents[statement.index];
    const next = found.find(
      (f) =>
        f.index === statement.index + 1 &&
        f.imposer === statement.imposer &&
        f.target === statement.target &&
        f.status !== 'hypothetical',
    );
    const nextPercent = next && percents[next.index];
    if (!percent || !nextPercent || statement.status !== 'current' || !FIRST_AT.test(sentence.slice(0, percent.lead)))
      continue;
    if (REVISED_TELLING.test(sentence.slice(percent.end, nextPercent.lead)))
      statement.status = next.status === 'current' ? 'previous' : 'threatened';
  }
  // "a 25% rate that follows a hike to 50%", "15%, after a cut to 20% in May": the level a change
  // the rate came after set was the one before it, and the rate told first is today's.
  for (const statement of found) {
    const percent = percents[statement.index];
    const before = percents[statement.index - 1];
    if (!percent || !before || !FOLLOWED_CHANGE.test(sentence.slice(before.end, percent.lead))) continue;
    const first = found.find(
      (f) => f.index === statement.index - 1 && f.imposer === statement.imposer && f.target === statement.target,
    );
    if (!first || statement.status !== 'current') continue;
    statement.status = 'previous';
    if (first.status === 'previous') first.status = 'current';
  }
  // "a 25% tariff on furniture, increasing to 30% on January 1": the new level is to come, the old holds.
  if (!PAST_TENSE.test(sentence))
    for (const statement of found) {
      const percent = percents[statement.index];
      if (!percent || statement.status !== 'current') continue;
      if (!RISING_TO.test(sentence.slice(0, percent.lead)) || !ON_A_DAY.test(sentence.slice(percent.start))) continue;
      statement.status = 'scheduled';
      for (const old of found)
        if (old.index === statement.index - 1 && old.status === 'previous' && old.target === statement.target)
          old.status = 'current';
    }
  // "… a deal to lower duties to 15%, but the agreement has yet to take effect": the level is to
  // come (one told as already held stays); a headline asking about a rate states none in force.
  const notStarted = NOT_STARTED.test(sentence);
  const asked = ASKED_HEADLINE.test(sentence);
  for (const statement of found) {
    const percent = percents[statement.index];
    if (!percent || statement.status !== 'current') continue;
    if (asked) statement.status = 'threatened';
    else if (notStarted && !heldAlready(sentence, percent.lead, percent.end)) statement.status = 'scheduled';
  }
  // "Canada and Mexico are exempt from the 10% tariff": a country spared a rate is not charged it.
  return found
    .filter((f) => {
      const percent = percents[f.index];
      return !percent || !exemptedFrom(sentence, mentions, percent.lead, percent.end).has(f.target);
    })
    .map(({ index: _, ...placed }) => placed);
}

/**
 * A sentence that goes on with the time of the one before ("In April, the US raised its tariffs to
 * 145%. China then imposed 125%."): "then" early in it, or a response.
 */
const GOES_ON = /^\W*(?:[\p{L}'’.-]+\s+){0,4}?(?<!\bsince\s)then\b|^\W*in\s+(?:response|retaliation)\b/iu;

/** The sentence before sentence `s` of passage `p`, the previous paragraph's last one included (news often gives a sentence a paragraph). */
function sentenceBefore(passages: readonly Passage[], p: number, s: number): string | undefined {
  const passage = passages[p];
  const span = passage?.sentences[s - 1];
  if (passage && span) return sentenceText(passage, span);
  const previous = passages[p - 1];
  const last = previous?.sentences.at(-1);
  return previous && last && s === 0 ? sentenceText(previous, last) : undefined;
}

/**
 * The object of a rate, right after its number: "10% tariffs on imports of buses", "10 percent on
 * buses" (a plural noun in lower case, with up to two words before it: no country, no day).
 */
const RATE_OBJECT =
  /^\s*(?:[\p{L}-]+\s+){0,3}?on\s+(?:imports\s+of\s+|all\s+|the\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*s)\b(?!\s+(?:of|from)\b)/u;
/** Objects that are goods in general ("on articles imported into …", but "on steel articles" is a kind), or parties, not goods of a kind. */
const NO_KIND =
  /^articles$|\b(?:goods|products|imports|exports|items|merchandise|shipments|purchases|countries|nations|economies|partners|allies|friends|foes|others|neighbou?rs|rates?|levels|terms|grounds|basis|charges|tariffs|duties|levies|days|weeks|months|years)\b/u;

/**
 * What a rate on all countries is charged on when its object names goods of a kind the product list
 * lacks ("a 25% tariff on trucks and a 10% tariff on buses"): a sector rate, not the baseline every
 * partner falls back on. Undefined when its object is goods in general or names no goods.
 */
function kindOfGoods(sentence: string, percent: number): string | undefined {
  const at = ratePercents(sentence).find((p) => p.value === percent);
  const object = at ? RATE_OBJECT.exec(sentence.slice(at.end))?.[1] : undefined;
  return object && !NO_KIND.test(object) ? object : undefined;
}

/**
 * The goods of the measure the sentence before describes, when that sentence states no rate and
 * this one names no country ("India has imposed a tariff on some steel products … The levy will be
 * imposed at 12 per cent"): the rate told next is that measure's, on those goods. None otherwise.
 */
function measureGoodsBefore(
  passages: readonly Passage[],
  p: number,
  s: number,
  namesNoCountry: boolean,
  last: RateStatement | undefined,
): string[] {
  if (!namesNoCountry) return [];
  const before = sentenceBefore(passages, p, s);
  return before && last?.sentence !== before ? measureGoodsIn(before) : [];
}

/**
 * A tariff noun after a word that points back ("the new tariffs", "This tariff", "Both measures",
 * "the reciprocal tariffs"), and a start to come after it ("… will take effect", "… are set to begin",
 * with an adverb that joins it to a start told before: "… will also take effect").
 */
const TARIFFS_NOUN = String.raw`(?:the|those|this|that|these|both|all|such)\s+(?:[\p{L}-]+\s+){0,2}?(?:tariffs?|duties|duty|levies|levy|rates?|measures?|increases?|hikes?)`;
const STARTS_TAIL = String.raw`\s+(?:will|would|(?:are|is|were|was)\s+(?:set|due|scheduled|expected|slated)\s+to)\s+(?:(?:only|also|now|likewise|similarly)\s+)?(?:take\s+effect|go\s+into\s+effect|come\s+into\s+(?:force|effect)|kick\s+in|apply|start|begin|be\s+(?:applicable|effective))\b`;
/** The same start told in an aside after the noun: "The tariffs, set to take effect on February 10, were announced …". */
const STARTS_ASIDE = String.raw`\s*,\s*(?:which\s+(?:is|are|was|were)\s+)?(?:set|due|scheduled|expected|slated)\s+to\s+(?:take\s+effect|go\s+into\s+effect|come\s+into\s+(?:force|effect)|kick\s+in|apply|start|begin)\b`;
/**
 * A sentence with no rate of its own that puts off the start of the rates just stated: "The new
 * tariffs will take effect in seven days.", "They will kick in on Aug. 1."
 */
const STARTS_LATER = new RegExp(
  String.raw`^\W*(?:it|they|these|${TARIFFS_NOUN})(?:${STARTS_TAIL}|${STARTS_ASIDE})`,
  'iu',
);
/**
 * The same aside after a tariff noun further into a sentence with no rate of its own: "Dozens of
 * countries face steep levies under the tariff regime signed on Thursday, set to come into force
 * in a week." The rates just told as news ("welcomed a 19 percent tariff announced by …") are that
 * regime's; a rate told as long charged is not.
 */
const STARTS_ASIDE_WITHIN = new RegExp(
  String.raw`\b(?:tariffs?|duties|duty|levies|levy|regime|order)\b[^,;]{0,80}?${STARTS_ASIDE}`,
  'iu',
);
/** The same start told of a rate by its number: "The 10% tariff will go into effect on February 24." */
const NUMBER_STARTS_LATER = new RegExp(
  String.raw`^\W*the\s+(?:new\s+)?(\d+(?:\.\d+)?)\s*${PERCENT_UNIT}\s+(?:[\p{L}-]+\s+){0,2}?(?:tariffs?|duties|duty|levies|levy|surcharges?|rates?)${STARTS_TAIL}`,
  'iu',
);
/** Who tells it, before the words that point back: "The White House said the new rate takes effect immediately." */
const REPORTED_LEAD = String.raw`(?:(?:(?:a|an|the)\s+)?(?:[\p{L}.'’-]+\s+){0,3}?(?:said|says|added|confirmed|stated)\s+(?:that\s+)?)?`;
/**
 * A sentence with no rate of its own that says the rates just stated have started: "It took effect
 * on Monday.", "The new tariffs kicked in at midnight.", "It takes effect immediately."
 */
const STARTED_LATER = new RegExp(
  String.raw`^\W*${REPORTED_LEAD}(?:it|they|these|${TARIFFS_NOUN}|(?:the|this|that)\s+(?:[\p{L}-]+\s+)?(?:cuts?|reductions?))\s+(?:(?:already|officially|finally)\s+)?(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+(?:force|effect)|kicked\s+in|(?:has|have)\s+(?:now\s+|already\s+)?(?:taken\s+effect|come\s+into\s+(?:force|effect)|kicked\s+in)|takes?\s+effect\s+immediately|(?:is|are)\s+(?:now\s+)?effective\s+immediately)\b`,
  'iu',
);
/** The new level itself as the one pointed back to: "The lower tariff", "the reduced rate", "The new levy". */
const NEW_LEVEL = String.raw`(?:lower|reduced|higher|increased|raised|new)\s+(?:tariff|rate|levy|duty)`;
/**
 * A sentence whose subject points back to the change just stated ("The move, which lowers the levy
 * from the current 20% rate, will be effective on Nov. 10.", "The cut takes effect next week."):
 * the new level that sentence gave is still to come, whatever rates the aside names. So is the
 * deal that set it ("Under the deal, Swiss goods face a 15% tariff. The agreement comes into force
 * on December 1."): a deal's rates start when the deal does. So is the new level named as such
 * ("The lower tariff, half the current 20% rate, will take effect on Nov. 10.").
 */
const CHANGE_STARTS_LATER = new RegExp(
  String.raw`^\W*(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:move|cuts?|reductions?|changes?|decision|order|adjustments?|deal|agreement|pact|accord|${NEW_LEVEL})(?:\s*,[^,;]{1,120},)?(?:${STARTS_TAIL}|\s+(?:takes|goes\s+into)\s+effect\b|\s+(?:comes|enters)\s+into\s+force\b)(?!\s+immediately)`,
  'iu',
);
/** A sentence telling rates as news ("announced", "declared"), not one telling a rate long charged ("since April"). */
const NEWLY_TOLD = /\b(?:announc(?:ed|es|ing)|declar(?:ed|es|ing)|unveil(?:ed|s|ing)|revealed)\b/iu;
/** The pointing words that speak of more than one rate: "The tariffs …", "They …", "Both measures …". */
const MANY_RATES =
  /^\W*(?:they|these|those|both|all|(?:the|such)\s+(?:[\p{L}-]+\s+){0,2}?(?:tariffs|duties|levies|rates|measures|increases|hikes))\b/iu;
/**
 * A sentence with no rate of its own that says the change just stated has not started, by a word
 * that points back to it: "The implementation of this reduction has yet to take effect."
 */
const NOT_STARTED_LATER = new RegExp(
  String.raw`^\W*(?:the\s+implementation\s+of\s+)?(?:it|they|(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,2}?(?:reductions?|cuts?|increases?|hikes?|changes?|tariffs?|duties|duty|levies|levy|rates?))\s+` +
    NOT_STARTED.source.replace(/^\\b/, ''),
  'iu',
);
/**
 * The same, reported and naming whose goods ("Officials in China said the new tariffs on U.S.
 * imports will begin Saturday"): it speaks of the newest rate on that partner.
 */
const STARTS_LATER_ON = new RegExp(
  String.raw`\b(?:said|says|announced|added|stated)\s+(?:that\s+)?${TARIFFS_NOUN}\s+on\s+(?:[\p{L}.'’-]+\s+){1,3}?(?:imports|goods|products)${STARTS_TAIL}`,
  'iu',
);
function startsLaterOn(sentence: string): string | undefined {
  const m = STARTS_LATER_ON.exec(sentence);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  return roledMentions(sentence).find((c) => c.role === 'target' && c.start >= m.index && c.end <= end)?.country;
}
/**
 * A sentence with no rate that says the rates just stated were put on hold: "These duties were
 * subsequently suspended.", "They have since been paused.", "These levies were postponed for 30
 * days" (put off to a day, "postponed until June 1", they are set to start then: not this).
 */
const PAUSED_LATER = new RegExp(
  String.raw`^\W*(?:it|they|these|those|(?:the|those|these)\s+(?:new\s+|retaliatory\s+|counter\s+|planned\s+)?(?:tariffs?|duties|duty|levies|levy|rates?|countermeasures|measures?))\b[^.;]*?\b(?:was|were|(?:has|have)\s+(?:since\s+)?been|(?:is|are)\s+(?:now\s+)?being)\s+(?:\p{L}+ly\s+|since\s+|later\s+|then\s+)?(?:suspended|paused|put\s+on\s+hold|shelved|frozen|(?:postponed|delayed|put\s+off)(?![^.;]*\b(?:until|till|to)\s+(?:${MONTH_NAMES}|(?:${MONTH_STEMS})\.|${WEEKDAY_NAMES}|\d)))\b`,
  'iu',
);
/**
 * The same told actively, of the rates just stated by a pointing word: "he reversed course,
 * announcing a 90-day pause on those higher tariffs", "Trump paused them for 90 days".
 */
const PAUSED_THOSE =
  /\b(?:(?:paus|suspend|postpon|delay|shelv)(?:ed|ing)|froze|freezing|(?:announc|order|grant)(?:ed|ing)\s+an?\s+(?:\S+\s+)?(?:pause|suspension|delay|reprieve)\s+(?:on|of|to))\s+(?:them|(?:those|these)(?:\s+(?:new|higher|steep|steeper|planned|reciprocal|retaliatory|additional|punitive))*\s+(?:tariffs|duties|levies|rates|measures))\b/iu;

/** "the 25% tariff … took effect on August 7": its own clause says the rate has started, and no later start is its. */
const TOOK_EFFECT = new RegExp(String.raw`^[^,;]{0,80}?${TOOK_EFFECT_WORDS}`, 'u');

/**
 * The rates of `before` (those `only` names, when given: their imposer, their percent) told as in
 * force become scheduled when a sentence after it puts their start off (from the day it gives, if
 * any); a rate the sentence says is already in place stays.
 */
function scheduleBefore(
  statements: RateStatement[],
  before: string,
  later: string,
  published: string,
  only: { imposer?: string; percent?: number } = {},
): void {
  const effective = effectiveDate(later, published);
  const percents = ratePercents(before);
  const scheduled: RateStatement[] = [];
  // The nth statement of a pair and number is the sentence's nth mention of that number ("Before the
  // 25% tariff took effect, … imposed an additional 25%").
  const seen = new Map<string, number>();
  for (const statement of statements) {
    if (statement.sentence !== before) continue;
    const key = `${statement.imposer}|${statement.target}|${statement.percent}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    if (statement.status !== 'current' || (only.imposer && statement.imposer !== only.imposer)) continue;
    if (only.percent !== undefined && statement.percent !== only.percent) continue;
    const at =
      percents.filter((p) => p.value === statement.percent)[nth] ?? percents.find((p) => p.value === statement.percent);
    if (
      !at ||
      heldAlready(before, at.start, at.end) ||
      TOOK_EFFECT.test(before.slice(at.end)) ||
      IMPOSED_IN_PAST.test(before.slice(at.end))
    )
      continue;
    // The level a change goes from ("will fall to 30% from 145%") holds until the new one starts.
    if (FROM_BEFORE.test(before.slice(0, at.lead))) continue;
    statement.status = 'scheduled';
    if (effective) statement.effective = effective;
    scheduled.push(statement);
  }
  // The level the new one rises from ("125%, up from the previous 84%") holds until it starts.
  for (const statement of statements) {
    if (statement.sentence !== before || statement.status !== 'previous') continue;
    const at = percents.find((p) => p.value === statement.percent);
    const same = scheduled.some((s) => s.imposer === statement.imposer && s.target === statement.target);
    if (at && same && FROM_BEFORE.test(before.slice(0, at.lead))) statement.status = 'current';
  }
}

/** The rates of `before` announced with no start of their own, started as the sentence after it tells: in force. */
function startedBefore(statements: RateStatement[], before: string): void {
  for (const statement of statements)
    if (statement.sentence === before && statement.status === 'scheduled' && !statement.effective)
      statement.status = 'current';
}

/**
 * "“Effective immediately, we agreed to a Trade Deal …,” Trump posted. Under the deal, the US will
 * cut its tariff on Indian goods from 25% to 18%.": a deal told as in force at once before the
 * sentence that gives its terms puts them in force, and the levels they change from are replaced.
 */
const IMMEDIATELY = String.raw`(?:effective\s+immediately|with\s+immediate\s+effect|takes?\s+effect\s+immediately)`;
const IMMEDIATE_DEAL = new RegExp(
  String.raw`\b${IMMEDIATELY}\b[^.;]*\b${DEAL_NOUN}\b|\b${DEAL_NOUN}\b[^.;]*\b${IMMEDIATELY}\b`,
  'iu',
);
const UNDER_THE_DEAL = new RegExp(String.raw`^\W*under\s+(?:the|this|that)\s+(?:new\s+)?${DEAL_NOUN}\b`, 'iu');
function startedUnderDeal(statements: RateStatement[], sentence: string): void {
  const started = statements.filter((st) => st.sentence === sentence && st.status === 'scheduled' && !st.effective);
  const percents = ratePercents(sentence);
  for (const statement of statements) {
    if (statement.sentence !== sentence || statement.status !== 'current') continue;
    const at = percents.find((p) => p.value === statement.percent);
    const same = started.some((st) => st.imposer === statement.imposer && st.target === statement.target);
    if (at && same && FROM_BEFORE.test(sentence.slice(0, at.lead))) statement.status = 'previous';
  }
  for (const statement of started) statement.status = 'current';
}

/** Rates told as scheduled with no first day take the day a later start of "the new tariffs" gives. */
function datePending(statements: RateStatement[], later: string, published: string): void {
  const effective = effectiveDate(later, published);
  if (!effective) return;
  for (const statement of statements)
    if (statement.status === 'scheduled' && !statement.effective) statement.effective = effective;
}

/**
 * The sentences whose rates a start put off speaks of: that of the rate it points to, and when it
 * points to several ("The tariffs, set to take effect on February 10, …"), the sentences up to two
 * paragraphs back that announce rates the same party imposes ("China announced a 15% duty on coal.
 * It also declared a 10% tariff on crude oil.").
 */
function startedBy(
  statements: readonly RateStatement[],
  last: RateStatement,
  later: string,
  paragraph: number,
): string[] {
  if (!MANY_RATES.test(later)) return [last.sentence];
  const told = statements.filter(
    (st) =>
      st.imposer === last.imposer &&
      st.status === 'current' &&
      st.paragraph >= paragraph - CONTEXT_PARAGRAPHS &&
      NEWLY_TOLD.test(st.sentence),
  );
  return [...new Set([...told.map((st) => st.sentence), last.sentence])];
}

/**
 * The rates of `before` whose start the sentence after it puts off, by words with no rate before
 * them ("He also delayed the date they took effect again, this time until Aug. 7.", "Trump later
 * delayed implementation for all but the 10% base rate until July 9."): scheduled from the day it
 * gives; the level it spares, and a level told as history, keep theirs.
 */
function putOffBefore(statements: RateStatement[], before: string, later: string, published: string): void {
  const delay = delayedStart(later, published);
  if (!delay || ratePercents(later).some((p) => p.start < delay.at)) return;
  for (const statement of statements)
    if (
      statement.sentence === before &&
      statement.percent !== delay.except &&
      (statement.status === 'current' || statement.status === 'scheduled')
    )
      Object.assign(statement, { status: 'scheduled', effective: delay.effective });
}

/**
 * Of rates just stated, those of the partners a later sentence names ("These levies were postponed
 * after talks with Mexican and Canadian leaders" pauses the rates on Mexico and Canada, not the one
 * on China told beside them); all of them when it names none of theirs.
 */
function namedIn(sentence: string, stated: RateStatement[]): RateStatement[] {
  const named = new Set(countryMentions(sentence).map((m) => m.country));
  const theirs = stated.filter((s) => named.has(s.imposer === HOME_COUNTRY ? s.target : s.imposer));
  return theirs.length > 0 ? theirs : stated;
}

function pauseBefore(stated: RateStatement[]): void {
  const oneLevel = new Set(stated.map((statement) => statement.percent)).size === 1;
  for (const statement of stated)
    if (
      statement.status === 'current' ||
      statement.status === 'scheduled' ||
      (oneLevel && statement.status === 'previous')
    )
      statement.status = 'suspended';
}

/**
 * "The new Swiss tariff of 39% hits watches", "India's 50% tariff has hurt exporters" in an article
 * that puts that rate on the partner: a demonym before a tariff, or a possessive with nothing the
 * tariff is charged on, names the partner the home country taxes as often as the partner's own
 * levy, and a sentence naming neither the home country nor any retaliation, whose number the
 * article gives as the home country's rate on that partner, speaks of that rate.
 */
function mirroredOnPartner(statements: RateStatement[]): void {
  for (const statement of statements) {
    const { imposer, target, percent, sentence } = statement;
    if (target !== HOME_COUNTRY || imposer === HOME_COUNTRY || RETALIATION.test(sentence)) continue;
    const mentions = roledMentions(sentence);
    const named = (m: RoledMention) =>
      m.country === imposer &&
      (m.form === 'demonym'
        ? GOVERNMENT_AFTER.test(sentence.slice(m.end))
        : !POSSESSIVE_TARIFF_BARE.test(sentence.slice(m.end)));
    if (mentions.some((m) => m.country === HOME_COUNTRY || named(m))) continue;
    const onPartner = statements.some(
      (o) => o.imposer === HOME_COUNTRY && o.target === imposer && o.percent === percent && o.sentence !== sentence,
    );
    if (onPartner) Object.assign(statement, { imposer: HOME_COUNTRY, target: imposer });
  }
}

/**
 * A subject that names a rate by its number alone: "The 15% rate is lower than …", "The additional
 * 25% tariff, which …" (no country, no "baseline" or "global", nothing it is charged on).
 */
const RESTATED_SUBJECT =
  /^\W*(?:the|this|that)\s+(?:(?!baseline|universal|global|worldwide|blanket)[\p{L}-]+\s+){0,2}$/iu;
const RESTATED_NOUN = new RegExp(
  String.raw`^(?:\s+(?!baseline|universal|global|worldwide|blanket)[\p{L}-]+){0,2}?\s+${wordsSource(TARIFF_WORDS)}(?!\s+(?:on|against|for|from|of|in)\b)`,
  'iu',
);

/**
 * The pair a sentence whose subject is a rate told before by its number speaks of ("… 15% for the
 * bloc." … "The 15% rate is lower than the 20% rate that Trump imposed"): the one pair the article
 * has stated that number of, however far back. None when the subject is no such rate, or the
 * article gave the number to more than one pair.
 */
function restatedDirection(sentence: string, statements: readonly RateStatement[]): Direction | undefined {
  const first = ratePercents(sentence)[0];
  if (!first || !RESTATED_SUBJECT.test(sentence.slice(0, first.lead))) return undefined;
  if (!RESTATED_NOUN.test(sentence.slice(first.end)) || countryMentions(sentence.slice(0, first.lead)).length > 0)
    return undefined;
  const told = statements.filter((statement) => statement.percent === first.value);
  const [pair] = told;
  if (!pair || told.some((t) => t.imposer !== pair.imposer || t.target !== pair.target)) return undefined;
  return { imposer: pair.imposer, target: pair.target };
}

/**
 * Whether a restated rate keeps the pair it was told with rather than the one the sentence's own
 * words give: countries named to compare it ("on par with … rivals such as Malaysia") or for the
 * reason of it ("punishing Moscow") are no parties to it. A reading naming the same two countries,
 * or making it a rate on everyone ("will affect imports of copper pipes"), stands.
 */
function restates(own: readonly Direction[], restated: Direction): boolean {
  if (own.some((direction) => isWorldwide(direction.target))) return false;
  const mine = new Set(own.flatMap(({ imposer, target }) => [imposer, target]));
  return mine.size !== 2 || !mine.has(restated.imposer) || !mine.has(restated.target);
}

/**
 * A sentence that tells a change made after what the sentence before told: "They later agreed to
 * talks, with Washington lowering tariffs to 30%", "Lima subsequently cut its duty to 10%", "He then
 * agreed to lower that to 15%" (a commitment to change counts: the new level must be in force).
 */
const CHANGED_AFTERWARDS =
  /\b(?:later|subsequently|afterwards|since\s+then|then)\b[^.;]*?\b(?:lower(?:ed|ing)?|cut(?:ting)?|reduc(?:e|ed|ing)|rais(?:e|ed|ing)|increas(?:e|ed|ing)|hik(?:e|ed|ing)|slash(?:ed|ing)?|brought|bringing)\b/iu;

/**
 * "In April, Washington set a 145% tariff on Peru. … They later agreed to lower it to 30%": a level
 * the sentence before told as in force, for a pair this sentence gives a new level now in force,
 * was replaced by it.
 */
function supersededBefore(statements: RateStatement[], before: string, rates: readonly Placed[]): void {
  for (const told of statements) {
    if (told.sentence !== before || told.status !== 'current') continue;
    const replaced = rates.some(
      (r) =>
        r.status === 'current' &&
        r.imposer === told.imposer &&
        r.target === told.target &&
        r.percent !== told.percent &&
        r.products?.join() === told.products?.join(),
    );
    if (replaced) told.status = 'previous';
  }
}

/**
 * The statuses of a list line's rates as its lead-in gives them: read as the end of a lead-in left
 * open for it ("The deal aims to:" / "- Cut the duty to 6.1%": to come), or as what would follow
 * from a lead-in's condition ("If talks fail, …:" / "Tariffs would rise to 54%.": a what-if).
 */
function readOnFromLeadIn(
  rates: Placed[],
  passages: readonly Passage[],
  p: number,
  line: string,
  published: string,
): void {
  if (rates.length === 0) return;
  if (whatIfLine(passages, p, line)) {
    for (const rate of rates) if (rate.status !== 'previous') rate.status = 'hypothetical';
    return;
  }
  const whole = completedLine(passages, p, line);
  if (!whole) return;
  // The line's own pair goes on in the reading: a line often names no party ("The 20% tariff of April,").
  const read = sentenceRates(whole, published, () => [], { imposer: rates[0]!.imposer, target: rates[0]!.target });
  for (const rate of rates) {
    const same = read.findIndex((r) => r.percent === rate.percent);
    if (same >= 0) rate.status = read.splice(same, 1)[0]!.status;
  }
}

/**
 * A table whose lead-in tells it in force by default, with no cue, takes the status that the
 * paragraph right before it gives every home-country rate it states ("Taiwan will be subject to a
 * rate of 32 percent. European goods will be subject to 20 percent.", then the table): a table
 * lists the measure its prose announces.
 */
function proseStatus(
  statements: readonly RateStatement[],
  told: { status: RateStatus; effective?: string } | undefined,
  header: number,
): { status: RateStatus; effective?: string } | undefined {
  if (told?.status !== 'current' || told.effective) return told;
  const before = statements.filter((st) => st.imposer === HOME_COUNTRY && st.paragraph === header - 1);
  const status = before[0]?.status;
  return status && before.every((st) => st.status === status) ? { status } : told;
}

/** Every rate statement of an article, in reading order. Fast enough to run over the whole corpus at start-up. */
export function extractRates(article: Article): RateStatement[] {
  const statements: RateStatement[] = [];
  const partiesOf = sentenceParties(article.passages);
  const pairs = new Map<string, readonly Direction[]>();
  const pairsOf = (p: number, s: number) => pairs.get(`${p}:${s}`) ?? roledPairs(partiesOf(p, s));
  let start: string | undefined | null = null;
  const startOfArticle = () => (start === null ? (start = announcedStart(article)) : start);
  const tables = rateTables(article.passages);
  article.passages.forEach((passage, p) => {
    // A table of rates by country is read by its columns, not a line at a time.
    const table = tables.find((t) => t.header <= p && p <= t.last);
    if (table) {
      const told = proseStatus(
        statements,
        leadInStatus(article.passages, table.header, table.headerText, article.published, startOfArticle),
        (article.passages[table.header] as Passage).paragraph,
      );
      if (told)
        for (const row of table.rows.filter((r) => r.last === p))
          statements.push({
            imposer: HOME_COUNTRY,
            target: row.target,
            percent: row.percent,
            ...told,
            articleId: article.id,
            published: article.published,
            passageId: passage.id,
            paragraph: passage.paragraph,
            sentence: row.text,
          });
      return;
    }
    passage.sentences.forEach((span, s) => {
      const sentence = sentenceText(passage, span);
      // The last rate stated, in this paragraph or the one before: what a sentence that puts a pause
      // on or goes on ("Additionally, …") speaks of (one that puts a start off reaches further, below).
      const last = statements.at(-1);
      const recent = last && last.paragraph >= passage.paragraph - 1 ? last : undefined;
      if (recent) putOffBefore(statements, recent.sentence, sentence, article.published);
      if (recent && CHANGE_STARTS_LATER.test(sentence))
        scheduleBefore(statements, recent.sentence, sentence, article.published);
      // "The 10% tariff will go into effect on February 24.": a start told of a rate by its number is
      // that of the same number told before, up to two paragraphs back (its law explained between).
      const numbered = NUMBER_STARTS_LATER.exec(sentence);
      if (numbered) {
        const percent = Number(numbered[1]);
        const told = statements.filter((st) => st.percent === percent && st.paragraph >= passage.paragraph - 2);
        for (const before of new Set(told.map((st) => st.sentence)))
          if (before !== sentence) scheduleBefore(statements, before, sentence, article.published, { percent });
      }
      if (!HAS_PERCENT.test(sentence)) {
        const named = STARTS_LATER.test(sentence) ? undefined : startsLaterOn(sentence);
        // A start told of the tariffs on a named partner ("the new tariffs on U.S. imports will
        // begin Saturday") speaks of the newest rate on it anywhere before in the article.
        // Otherwise it speaks of the last rate, up to two paragraphs back (a quotation or an aside between).
        const startsOf = named
          ? statements.findLast((st) => st.target === named && st.status === 'current')
          : last &&
              last.paragraph >= passage.paragraph - 2 &&
              (STARTS_LATER.test(sentence) ||
                NOT_STARTED_LATER.test(sentence) ||
                (STARTS_ASIDE_WITHIN.test(sentence) && NEWLY_TOLD.test(last.sentence)))
            ? last
            : undefined;
        if (startsOf)
          for (const told of startedBy(statements, startsOf, sentence, passage.paragraph))
            scheduleBefore(
              statements,
              told,
              sentence,
              article.published,
              // The sentence it points to has all its rates put off, as ever; those before it, the same party's.
              told === startsOf.sentence ? {} : { imposer: startsOf.imposer },
            );
        // "The new tariffs will go into effect Aug. 6": the day dates every rate told before as to
        // come with no day of its own, however far back ("was raising tariffs to 50%").
        if (STARTS_LATER.test(sentence)) datePending(statements, sentence, article.published);
        if (recent && STARTED_LATER.test(sentence)) startedBefore(statements, recent.sentence);
        // Rates told as set or in force, then put on hold, are suspended (a level told as history
        // too, unless its sentence tells a change from it to another).
        if (
          recent &&
          (PAUSED_LATER.test(sentence) || PAUSED_THOSE.test(sentence)) &&
          !pauseOver(sentence, article.published)
        )
          pauseBefore(
            namedIn(
              sentence,
              statements.filter((statement) => statement.sentence === recent.sentence),
            ),
          );
        return;
      }
      let carried: string | undefined;
      const datedBefore = () =>
        (carried ??= GOES_ON.test(sentence)
          ? (datedAt(sentenceBefore(article.passages, p, s) ?? '', article.published) ?? '')
          : '');
      const continued =
        recent &&
        (CONTINUES.test(sentence) ||
          changesStated(sentence, recent) ||
          keepsLevyPair(sentence, recent) ||
          (BULLETED.test(sentence) && BULLETED.test(recent.sentence)))
          ? { imposer: recent.imposer, target: recent.target }
          : undefined;
      const listRates = () => listItemRates(article.passages, p, sentence, article.published, startOfArticle);
      // A list line ("• Bangladesh – 35%", "40% tariffs for Laos") or a list in brackets ("Canada
      // (5%), Syria (41%)") names no tariff, or not its start: the paragraphs leading into the list
      // do. A line read as a sentence would miss the start its lead-in gives every line.
      const listed = isListItem(sentence) ? listRates() : [];
      const rates: ReturnType<typeof sentenceRates> =
        listed.length > 0
          ? listed
          : sentenceRates(
              recent ? sentence.replace(ELIDED_RATE, '$1 rate ') : sentence,
              article.published,
              () =>
                contextParties(article.passages, partiesOf, (p, s) => ratedParties(pairs.get(`${p}:${s}`) ?? []), p, s),
              continued,
              () => restatedDirection(sentence, statements),
              s > 0 && pairs.has(`${p}:${s - 1}`),
            );
      if (rates.length === 0) rates.push(...listRates());
      // "a 10% tariff on goods from eight European countries. … apply to Denmark, Norway, …": the group's members.
      const named = rates.length === 0 ? withGroupNamed(article.passages, p, s, sentence) : undefined;
      if (named) rates.push(...sentenceRates(named, article.published, () => []).map((r) => ({ ...r, sentence })));
      if (listed.length === 0) readOnFromLeadIn(rates, article.passages, p, sentence, article.published);
      const inForce = rates.filter((rate) => rate.status === 'current' && !rate.effective);
      const listStart =
        inForce.length > 0
          ? (bulletedStart(article.passages, p, sentence, article.published) ??
            includedStart(sentence, sentenceBefore(article.passages, p, s), article.published))
          : undefined;
      if (listStart) for (const rate of inForce) Object.assign(rate, { status: 'scheduled', effective: listStart });
      // A rate told as a letter's in an article that gives the letters' start is scheduled from it
      // (the sentence's percentages read again only where it speaks of a letter).
      const percents = rates.length > 0 && LETTER.test(sentence) ? ratePercents(sentence) : [];
      for (const rate of rates) {
        const at = percents.find((m) => m.value === rate.percent);
        if (rate.status !== 'current' || !at || !toldByLetter(sentence, at.lead, at.end) || !startOfArticle()) continue;
        Object.assign(rate, announcedStatus(startOfArticle()));
      }
      // A rate the home country was given only for want of an imposer, in a sentence that names
      // neither it (even as a place) nor its government, is the one the sentences before have
      // imposing on that target.
      if (!countryMentions(sentence).some((m) => m.country === HOME_COUNTRY) && !HOME_GOVERNMENT.test(sentence))
        for (const rate of rates)
          if (rate.imposer === HOME_COUNTRY && !isWorldwide(rate.target))
            rate.imposer = imposerBefore(article.passages, pairsOf, partiesOf, p, s, rate.target) ?? rate.imposer;
      penaltyOnEveryPartner(rates, sentence, statements);
      if (rates.length > 0) pairs.set(`${p}:${s}`, rates);
      if (recent && CHANGED_AFTERWARDS.test(sentence)) supersededBefore(statements, recent.sentence, rates);
      const goodsBefore = measureGoodsBefore(article.passages, p, s, partiesOf(p, s).length === 0, last);
      // "… an additional 25 percent duty on automobiles. Under the new agreement, that levy will be
      // halved to 12.5 percent": the one rate of a sentence that points back to a levy is on its goods;
      // so are its levels, all of the levy's pair ("The doubled tariff, from 25% to 50%, took effect").
      const levels =
        rates.length === 1 || rates.every((r) => r.imposer === recent?.imposer && r.target === recent.target);
      const pointedGoods =
        recent?.products && levels && POINTS_BACK_TO_LEVY.test(sentence) ? recent.products : undefined;
      for (const rate of rates) {
        if (goodsBefore.length > 0 && !rate.products && !rate.scope && !isWorldwide(rate.target))
          rate.products = goodsBefore;
        else if (pointedGoods && !rate.products && !rate.scope) rate.products = [...pointedGoods];
        const kind = isWorldwide(rate.target) && !rate.products && !rate.scope && kindOfGoods(sentence, rate.percent);
        if (kind) rate.products = [kind];
        const dated = rate.status === 'current' && !rate.dated ? datedBefore() : '';
        statements.push({
          ...rate,
          ...(dated ? { dated } : {}),
          articleId: article.id,
          published: article.published,
          passageId: passage.id,
          paragraph: passage.paragraph,
          sentence,
        });
      }
      if (UNDER_THE_DEAL.test(sentence) && IMMEDIATE_DEAL.test(sentenceBefore(article.passages, p, s) ?? ''))
        startedUnderDeal(statements, sentence);
    });
  });
  mirroredOnPartner(statements);
  markAfterRuling(article, statements);
  markPausedPartners(article, statements);
  markCalledOff(article, statements);
  scheduleTotalsOfPendingParts(statements);
  scheduleRestatedLevels(statements);
  return statements;
}
