import { changeStatus, EXEMPT_FROM } from './change.ts';
import { clauseAt, RELATIVE_CLAUSE, type Span } from './clauses.ts';
import {
  CONDITION_WORDS,
  FORMER_WORDS,
  NUMBER_PREFIXES,
  PAST_PERFECT_EXCEPTIONS,
  PAST_PERFECT_VERBS,
  REPLACED_PARTICIPLES,
  START_WORDS,
  STATUS_CUES,
  THREAT_AFTER_WORDS,
} from './cues.ts';
import type { PercentMention } from './percentages.ts';
import type { RateStatus } from './rate-statement.ts';
import { anyWord, wordsSource } from './words.ts';
import { readDates } from '../dates/read.ts';

/** What `statusOf` reads for one percentage. */
export interface StatusScope {
  sentence: string;
  percent: PercentMention;
  /** Every clause of the sentence, and the percentage's own clause and segment (see `clauses.ts`). */
  clauses: readonly Span[];
  clause: Span;
  segment: Span;
  /** The status of the previous percentage of the sentence, if any. */
  previous?: RateStatus;
  /** The article's date (YYYY-MM-DD): a start date after it makes a rate scheduled. */
  published: string;
}

const prefixes = String.raw`(?:\s+${wordsSource(NUMBER_PREFIXES)})*`;
/** "down from 54%", "from the 25%" (but not "ranging from"). */
const FROM_BEFORE = new RegExp(String.raw`(?<!rang(?:e|es|ing)\s+)\bfrom${prefixes}\s*$`, 'u');
/** A start planned in the past: "were to take effect", "was due to be charged". */
const PAST_START =
  /\b(?:was|were)\s+(?:(?:due|set|scheduled|slated|supposed|expected|going)\s+)?to\s+(?:take\s+effect|start|begin|kick\s+in|come\s+into\s+(?:force|effect)|be\s+(?:imposed|charged|applied|collected|levied))\b/u;
/** Words that put a start off or call it off. */
const PUT_OFF = new RegExp(
  wordsSource([
    ...(STATUS_CUES.find((c) => c.status === 'suspended' && c.words.includes('delayed'))?.words ?? []),
    'but',
    'until',
    'instead',
    'called off',
    'scrapped',
    'dropped',
    'averted',
    'before',
  ]),
  'u',
);
/** "15% instead of 27.5%", "rather than the 25%". */
const INSTEAD_BEFORE = new RegExp(
  String.raw`\b(?:instead\s+of|rather\s+than|in\s+place\s+of|replacing)${prefixes}\s*$`,
  'u',
);
const PENDING: readonly RateStatus[] = ['scheduled', 'threatened', 'suspended'];
/** "the old 145% rate", "the previous 25%" */
const FORMER_BEFORE = new RegExp(String.raw`${wordsSource(FORMER_WORDS)}(?:\s+\S+){0,2}\s*$`, 'u');
/**
 * A past perfect before the number ("had raised tariffs … above 100%", "which had reached 125%",
 * "had initially retaliated with 34%"): any regular participle, or an irregular one of the list.
 */
const PAST_PERFECT = new RegExp(
  String.raw`\bhad\s+(?:\p{L}+ly\s+)?(?!${wordsSource(PAST_PERFECT_EXCEPTIONS)})(?:${wordsSource(PAST_PERFECT_VERBS)}|\p{L}{2,}ed\b)`,
  'u',
);
/** A reporting verb a few words before: "Albanese said Trump had imposed 10%" is reported speech, not the past. */
const REPORTED_BEFORE =
  /\b(?:said|says|told|noted|added|stated|argued|claimed|explained|complained|confirmed)\b(?:\s+\S+){0,4}?\s*$/u;

const PART_ADDED_AFTER = /\b(?:adding|added|adds|plus)\b[^.;]*?\b(?:another|additional|extra|further)\b/u;
/** A past perfect that is not reported speech shifted back: the number was a level since replaced. */
function pastPerfect(left: string): boolean {
  const m = PAST_PERFECT.exec(left);
  return m !== null && !REPORTED_BEFORE.test(left.slice(0, m.index));
}
/**
 * Words that tell a level as history, in the part of the sentence the number owns: "peaked at
 * 145%", "at their peak … reached 145%", "once stood at", "was initially assigned 50%", "was
 * previously subject to", "at one point", "before the truce". Beside a modal or "now" ("will initially be 10%", "initially 46%, now 20%") they are not.
 */
const RETROSPECTIVE =
  /\b(?:peak(?:ed|ing)?|at\s+(?:its|their|the)\s+(?:peak|height|highest)|at\s+one\s+point|initially|originally|previously|formerly|once\s+(?:stood|reached|hit|topped|was|were|had)|as\s+high\s+as|(?:[Bb]efore|[Pp]rior\s+to)\s+(?:the|this|that|last\s+\p{L}+['’]s)\s+(?:\S+\s+)?(?:deal|truce|agreement|pact|accord|ceasefire|cut|reduction|ruling))\b/u;
const NOT_HISTORY = /\b(?:will|would|shall|is\s+to|are\s+to|now|currently|still)\b/u;
const retrospective = (window: string) => RETROSPECTIVE.test(window) && !NOT_HISTORY.test(window);
/** "the 30% Trump had threatened", "the 60 per cent Trump floated". */
const THREAT_AFTER = new RegExp(String.raw`^(?:\s+\S+){0,5}?\s+${wordsSource(THREAT_AFTER_WORDS)}`, 'u');
/**
 * The main verb after a threat told in a reduced relative clause: "the 10% duty Trump threatened
 * last week is expected to take effect on Tuesday" is about the start, not the threat.
 */
const STARTS_AFTER =
  /\b(?:(?:is|are|was|were)\s+(?:expected|set|due|scheduled|slated|going)\s+to|will|(?:took|takes|take|went|goes|go|came|comes|come|entered|enters|enter)\s+(?:effect|into\s+(?:force|effect))|kick(?:s|ed)?\s+in)\b/u;
const threatAfter = (right: string) => {
  const m = THREAT_AFTER.exec(right);
  return m !== null && !STARTS_AFTER.test(right.slice(m.index + m[0].length));
};
/** "a 30% duty on Mexican goods is on the table": a rate under discussion, as its subject's predicate. */
const DISCUSSED_AFTER =
  /^(?:\s+\S+){0,8}?\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:on\s+the\s+table|under\s+(?:consideration|discussion|review))\b/u;
/** A verb of its own leading to the number ("lifted US levies … to a combined 145%"): a new level, not an ellipsis. */
const CHANGED_TO = new RegExp(
  String.raw`\b(?:\p{L}+(?:ed|ing)|cut|set|put|hit|rose|fell|grew)\b.*\bto(?!\s+lower\s+(?:the|its|their|a|an)\b)${prefixes}\s*$`,
  'u',
);
/** "dropped his threat to impose 100% tariffs", "threats of a 50% levy": a threat, whatever became of it. */
const THREAT_BEFORE =
  /\b(?:threat(?:s|ened)?\s+(?:of|to)|spar(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?from)\s+(?:\S+\s+){0,3}?$/u;
/** "a law that allows tariffs up to 15%": a cap on what may be charged, not a rate anyone charges. */
const ALLOWS_BEFORE =
  /\b(?:allow|allows|allowed|allowing|permit|permits|permitted|authori[sz]es|authori[sz]ed|caps?|capped)\b(?:\s+\S+){0,3}?\s*$/u;
/** An inverted condition opening the sentence: "Had Ottawa not retaliated, …", "Were the talks to fail, …". */
const COUNTERFACTUAL_OPENS = /^\W*(?:Had|Were)\s[^,]{3,80},/u;
const MODAL = /\b(?:will|would|could|may|might|shall)\b/u;
const CONDITION = anyWord(CONDITION_WORDS);
const CONDITIONAL_MODAL = /\b(?:will|would)\b/u;
/**
 * A condition after the number on a deal, talks or a response ("faces 25% unless it reaches a deal",
 * "pays 30% if talks fail"): a threat in any tense. Other conditions ("25% if the goods do not
 * comply") limit the rate instead.
 */
const DEAL_CONDITION_AFTER = new RegExp(
  String.raw`${wordsSource(CONDITION_WORDS)}(?:\s+\S+){0,8}?\s+(?:deal|agreement|accord|talks|negotiations|retaliates?|retaliated|responds?)\b`,
  'u',
);
/** A condition before the clause, as the sentence's opening word too ("If talks fail, …"). */
const CONDITION_OPENS = new RegExp(wordsSource(CONDITION_WORDS), 'iu');
const ARTICLE_BEFORE = /\b(?:a|an|the)\s+$/u;
/** "the 145% tariff … was cut to 30%": the number was replaced since. */
const REPLACED_AFTER = new RegExp(
  String.raw`^(?:\s+\S+){0,8}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+${wordsSource(REPLACED_PARTICIPLES)}`,
  'u',
);
/** A start word right before a date: "starting Aug. 1", "from April 1", "effective Friday", "beginning next week". */
const START_BEFORE = new RegExp(String.raw`${wordsSource(START_WORDS)}\s+(?:on\s+)?$`, 'iu');

/** True when `text` names a start date after `published` (a weekday after a start word lies ahead). */
function startsLater(text: string, published: string): boolean {
  return readDates(text, published, { months: true }).some((reading) => {
    if (!START_BEFORE.test(text.slice(0, reading.start))) return false;
    return reading.day(reading.weekday ? 'future' : 'nearest') > published;
  });
}

const CUES = STATUS_CUES.map(({ status, words }) => ({ status, pattern: new RegExp(wordsSource(words), 'u') }));
const HYPOTHETICAL_CUE = CUES.find((c) => c.status === 'hypothetical');
const PREVIOUS_CUES = new RegExp(
  wordsSource(STATUS_CUES.filter((c) => c.status === 'previous').flatMap((c) => c.words)),
  'gu',
);

/** After a verb, an amount it moved by ("dropped 4%"): the verb is about that amount, not a later number. */
const AMOUNT_AFTER = /^\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?\d/u;
/**
 * A plan, promise or possibility right before a verb ("plans to scrap", "will lift", "may reduce"). Not
 * "would": "a truce that would lower the tariffs" is told after the fact as often as before.
 */
const PLANNED_BEFORE =
  /\b(?:will|shall|may|might|could|(?:plans?|planning|set|going|due|wants?|wanted|aims?|intends?|promised|pledged|vowed|agreed|agrees|expected|hopes?|hoped|seeks?|sought|trying|tried|threatened|offered|proposed|moved)\s+to)\s+(?:\p{L}+ly\s+)?$/u;
/** "would remove … from Sept. 1": with a later start date, "would" is the future too. */
const WOULD_BEFORE = /\bwould\s+(?:\p{L}+ly\s+)?$/u;
/** A conjunction that opens another clause between a verb and the number ("shares dropped after the 25% tariff …"). */
const SUBORDINATE =
  /\b(?:after|when|since|because|before|while|once|until|as(?!\s+(?:much|high|well|many|part|such)\b))\b/u;

/**
 * A verb that replaces the number it governs ("scrapped its 25% levy", "cut the 145% tariff to
 * 30%"); a "to" between verb and number makes the number the new level instead ("cut to 10%"). A
 * replacement still to come ("plans to scrap its 25% levy", "will lift the 25% duty") leaves the
 * number in force: `pending`.
 */
function replacedBefore(left: string, later = false): 'replaced' | 'pending' | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of left.matchAll(PREVIOUS_CUES)) {
    const rest = left.slice(m.index + m[0].length);
    if (!ARTICLE_BEFORE.test(left.slice(0, m.index)) && !AMOUNT_AFTER.test(rest) && !SUBORDINATE.test(rest)) last = m;
  }
  if (last === undefined || /\bto\b/u.test(left.slice(last.index + last[0].length))) return undefined;
  const before = left.slice(0, last.index);
  return PLANNED_BEFORE.test(before) || (later && WOULD_BEFORE.test(before)) ? 'pending' : 'replaced';
}

/**
 * The status the cue words of a window give a number that sits between `left` and `right`, if any;
 * `conditioned` when a condition opens the sentence before the window ("If Canada signs, it will be
 * hit with 100%").
 */
function cueStatus(left: string, right: string, published: string, conditioned = false): RateStatus | undefined {
  let replaced: ReturnType<typeof replacedBefore> | null = null;
  // A wish or plan to remove or lower the number ("had sought to lower the 25% duty") leaves it in force.
  if (!HYPOTHETICAL_CUE?.pattern.test(left) && replacedBefore(left, startsLater(right, published)) === 'pending')
    return 'current';
  const found = CUES.find(({ status, pattern }) => {
    switch (status) {
      case 'hypothetical':
        return pattern.test(left);
      case 'threatened':
        return (
          pattern.test(left) || ((conditioned || CONDITION.test(`${left} ${right}`)) && CONDITIONAL_MODAL.test(left))
        );
      case 'previous':
        replaced = replacedBefore(left);
        return replaced !== undefined || REPLACED_AFTER.test(right);
      case 'scheduled':
        return pattern.test(left) || pattern.test(right) || startsLater(`${left} ${right}`, published);
      default:
        return pattern.test(left) || pattern.test(right);
    }
  });
  return found?.status === 'previous' && replaced === 'pending' && !REPLACED_AFTER.test(right)
    ? 'current'
    : found?.status;
}

/** A clause that says something of its own: a conjunction or a new subject opens it (", although he paused …"). */
const OWN_CLAUSE =
  /^\s*(?:and|but|or|although|though|while|whereas|despite|after|before|as|because|since|when|if|unless|so|yet|[\p{Lu}"“‘']|(?:he|she|it|they|we|i|you|this|that|these|those)\b)/u;

/**
 * Where the clauses after the percentage's own stop speaking of it: at the end of its segment, or
 * before the first clause with a subject or conjunction of its own (", to take effect Thursday"
 * qualifies the rate; ", and Beijing said it would respond" does not).
 */
function tailEnd(sentence: string, clauses: readonly Span[], clause: Span, segment: Span): number {
  const next = clauses.find(
    (c) => c.start >= clause.end && c.start < segment.end && OWN_CLAUSE.test(sentence.slice(c.start, c.end)),
  );
  return next ? next.start : segment.end;
}

/**
 * How the rate a percentage states stands as of its article, from the verbs and tense around it.
 * Tried in order: wording right at the number ("down from 54%", "the 30% Trump had threatened"),
 * its clause, a relative clause after it (", which are suspended until July"), the clauses after it
 * in its segment (", to take effect on Thursday"), a start date anywhere in the sentence (",
 * starting on Tuesday"), a verb leading to it ("raised … to 125%": current), the previous percentage
 * of the sentence ("… would have climbed to 24% and the one on Korean goods to 25%"); a rate nothing
 * qualifies is current.
 */
export function statusOf(scope: StatusScope): RateStatus {
  const { sentence, percent, clauses, clause, segment, previous, published } = scope;
  const left = sentence.slice(clause.start, percent.lead);
  const right = sentence.slice(percent.end, clause.end);
  if (threatAfter(right) || THREAT_BEFORE.test(left) || DEAL_CONDITION_AFTER.test(right) || DISCUSSED_AFTER.test(right))
    return 'threatened';
  if (percent.qualifier === 'up to' && ALLOWS_BEFORE.test(sentence.slice(0, percent.lead))) return 'hypothetical';
  if (COUNTERFACTUAL_OPENS.test(sentence) && /\b(?:would|could|might)\b/u.test(left)) return 'hypothetical';
  const own = clauseAt(clauses, percent.start);
  const before = clauses[clauses.indexOf(own) - 1];
  const after = clauses[clauses.indexOf(own) + 1];
  const clauseText = sentence.slice(clause.start, clause.end);
  if (
    before &&
    RELATIVE_CLAUSE.test(clauseText) &&
    !MODAL.test(clauseText) &&
    replacedBefore(sentence.slice(before.start, before.end)) === 'replaced'
  )
    return 'previous';
  const change = changeStatus({
    sentence,
    percent,
    windowStart: segment.start,
    startsLater: startsLater(sentence, published),
  });
  if (change) return change;
  // The level a new one replaces ("15% instead of 27.5%", "to 15%, down from 27.5%") is still in
  // force while the new one is to come.
  if ((FROM_BEFORE.test(left) && !EXEMPT_FROM.test(left)) || INSTEAD_BEFORE.test(left))
    return previous && PENDING.includes(previous) ? 'current' : 'previous';
  // A past perfect level that a part was later added to ("had set 25% …, before adding another 25%") still holds.
  const added = PART_ADDED_AFTER.test(sentence.slice(percent.end));
  if (
    FORMER_BEFORE.test(left) ||
    (pastPerfect(left) && !added) ||
    retrospective(sentence.slice(segment.start, percent.lead))
  )
    return 'previous';
  // A start told in the past ("came minutes after the 10% tariffs were to take effect") has come,
  // unless the sentence says it was put off or called off, or gives a later date.
  if (
    PAST_START.test(sentence.slice(clause.start, tailEnd(sentence, clauses, clause, segment))) &&
    !PUT_OFF.test(sentence.slice(percent.end)) &&
    !startsLater(sentence, published)
  )
    return 'current';
  const relative = after && RELATIVE_CLAUSE.test(sentence.slice(after.start, after.end)) ? after : undefined;
  // A relative clause in the past perfect (", which had been paused for 30 days,") is background:
  // the predicate after it says how the rate stands.
  const background = relative && /\bhad\b/u.test(sentence.slice(relative.start, relative.end)) ? relative : undefined;
  const fromCues =
    cueStatus(left, right, published, CONDITION_OPENS.test(sentence.slice(0, clause.start))) ??
    (relative && !background ? cueStatus('', sentence.slice(relative.start, relative.end), published) : undefined) ??
    cueStatus(
      '',
      sentence.slice(background ? background.end : clause.end, tailEnd(sentence, clauses, clause, segment)),
      published,
    );
  if (fromCues) return fromCues;
  if (startsLater(sentence, published)) return 'scheduled';
  if (CHANGED_TO.test(left)) return 'current';
  return previous ?? 'current';
}
