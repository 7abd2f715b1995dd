import { sentenceText, type Article } from '../corpus/article.ts';
import { readDates } from '../dates/read.ts';
import { HOME_COUNTRY } from '../geo/countries.ts';
import { HAS_PERCENT } from './percentages.ts';
import type { RateStatement } from './rate-statement.ts';
import { roledMentions } from './roles.ts';

/**
 * Planned tariffs called off in a sentence of their own. News tells a plan dropped apart from its
 * rates: "Trump on Wednesday scrapped the tariffs he had planned for Feb. 1 … On Saturday he had
 * announced a 10% tariff on goods from Norway and Sweden starting Feb. 1." The rates told as to
 * come, on the partners or from the day the calling off names, were only threatened: announced
 * and then dropped before they started.
 */
const CALL_OFF = new RegExp(
  String.raw`\b(?:cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|call(?:s|ed|ing)?\s+off|drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?|shelv(?:e|es|ed|ing)|withdr(?:ew|awn|aws?|awing)|rescind(?:s|ed|ing)?|back(?:s|ed|ing)?\s+(?:off|down|away)\s+from|(?:will|would|shall)\s+not\s+(?:be\s+)?(?:impos(?:e|ing)|go(?:ing)?\s+ahead\s+with)|won['’]t\s+(?:be\s+)?(?:impos(?:e|ing)|go(?:ing)?\s+ahead\s+with))\s+(?:[\p{L}\p{N}'’.-]+\s+){0,6}?(?:tariffs?|duties|levies|levy)\b`,
  'iu',
);
/**
 * A calling off only wished, weighed or denied, in its own clause: "could scrap the tariffs",
 * "refused to drop the levies", "if talks fail he will not cancel the duties".
 */
const NOT_CALLED_OFF =
  /\b(?:if|unless|could|might|may|consider\w*|weigh\w*|threat\w*|refus\w*|reject\w*|urg\w*|ask\w*|calls?\s+for|demand\w*|press\w*|seek\w*|sought|wants?|hop\w*|no\s+plans?|not\s+to|rul\w*\s+out|whether)\b/iu;
/** Where the clause of a word begins: after the last stop or quotation mark before it. */
const CLAUSE_BREAK = /[.;:!?“”"]/gu;

interface CalledOff {
  /** The partners the calling off names. */
  partners: Set<string>;
  /** The days it names (the planned start). */
  days: Set<string>;
}

/** What a sentence with no rate of its own calls off; undefined where it calls nothing off or names neither partner nor day. */
function calledOffIn(sentence: string, published: string): CalledOff | undefined {
  if (HAS_PERCENT.test(sentence)) return undefined;
  const verb = CALL_OFF.exec(sentence);
  if (!verb) return undefined;
  let clause = 0;
  for (const stop of sentence.slice(0, verb.index).matchAll(CLAUSE_BREAK)) clause = stop.index + 1;
  if (NOT_CALLED_OFF.test(sentence.slice(clause, verb.index + verb[0].length))) return undefined;
  const partners = new Set(
    roledMentions(sentence)
      .filter((m) => m.role === 'target' && m.country !== HOME_COUNTRY && m.start > verb.index)
      .map((m) => m.country),
  );
  const days = new Set(
    readDates(sentence.slice(verb.index), published)
      .filter((d) => d.daily && !d.weekday)
      .map((d) => d.day('future')),
  );
  return partners.size > 0 || days.size > 0 ? { partners, days } : undefined;
}

/** The days a rate's sentence names. */
const daysIn = (sentence: string, published: string): string[] =>
  readDates(sentence, published)
    .filter((d) => d.daily && !d.weekday)
    .map((d) => d.day('future'));

/**
 * The home country's rates told as to come (scheduled), on a partner or from a day a sentence of
 * the article tells called off, are threatened: announced, then dropped.
 */
export function markCalledOff(article: Article, statements: RateStatement[]): void {
  const off: CalledOff[] = [];
  for (const passage of article.passages)
    for (const span of passage.sentences) {
      const found = calledOffIn(sentenceText(passage, span), article.published);
      if (found) off.push(found);
    }
  if (off.length === 0) return;
  for (const statement of statements) {
    if (statement.imposer !== HOME_COUNTRY || statement.status !== 'scheduled') continue;
    const days = daysIn(statement.sentence, statement.published);
    if (!off.some((o) => o.partners.has(statement.target) || days.some((d) => o.days.has(d)))) continue;
    statement.status = 'threatened';
    // A start that never came is no start.
    delete statement.effective;
  }
}
