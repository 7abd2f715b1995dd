import { sentenceText, type Article } from '../corpus/article.ts';
import { LEGAL_BASES, type LegalBasis, type RateStatement } from './rate-statement.ts';
import { isWorldwide } from './party-cues.ts';
import { HOME_COUNTRY } from '../geo/countries.ts';

/**
 * A final ruling told as done: "The Supreme Court on Friday struck down the tariffs …", "after the
 * Supreme Court ruled the emergency tariffs illegal", "the Supreme Court's decision annulled all
 * tariffs applied based on IEEPA", "the decision to overturn Trump's tariff". Only the highest
 * court's word ends them: lower courts' rulings against the tariffs in 2025 were stayed, and the
 * tariffs stayed in force.
 */
const SUPREME_COURT = /\bSupreme\s+Court\b/u;
const STRUCK_DOWN =
  /\b(?:str(?:uck|ikes?|iking)\s+down|ruled\s+(?:[^,;.]{0,60}?\s)?(?:illegal|unlawful|unconstitutional)|invalidat(?:es?|ed|ing)|overturn(?:s|ed|ing)?|annull?(?:ed|ing)|nullif(?:ied|ying)|void(?:ed|ing)|thr(?:ew|own)\s+out)\b/iu;
/**
 * The court's holding told as what the law does not allow, after the court is named: "the Supreme
 * Court stated that the law … does not give the presidency the power to impose tariffs", "decided
 * that the additional tariffs are not covered by the law", "ruled that the act could not be used".
 */
const HELD_UNLAWFUL =
  /\b(?:ruled\s+against|exceeded\s+(?:his|its|the\s+president's)\s+authority|lacked\s+(?:the\s+)?(?:legal\s+)?authority|(?:does|did)\s+not\s+(?:give|grant|authori[sz]e|allow|have\s+(?:the\s+)?(?:authority|power))|(?:is|are|was|were)\s+not\s+covered\s+by|could\s+not\s+be\s+used)\b/iu;
/** A ruling still to come or only supposed: "could strike down", "if the Supreme Court rules …", "awaiting". */
const NOT_YET =
  /\b(?:would|could|may|might|should|if|whether|unless|expected|awaits?|awaiting|ahead\s+of|pending|before\s+the\s+Supreme)\b/iu;
/** What the ruling ends: tariffs, or the emergency law they rest on. */
const TARIFFS = /\b(?:tariffs?|duties|levies|IEEPA|emergency\s+(?:economic\s+)?powers?)\b/iu;

/**
 * Words that tell a rate the ruling left standing or one that rests on another law: "Canada's steel
 * still faces 50%", "the 25% on Chinese goods under Section 301 remains in place".
 */
const STANDING = /\b(?:still|remains?|remained|remaining|in\s+place|unaffected|not\s+affected|untouched|survives?)\b/iu;
/** Words that tell a partner's rate as what follows the ruling: "India will now face a lower 10% tariff". */
const AFTER_RULING = /\b(?:now|will|new|newly|instead)\b/iu;

/** True when `sentence` tells the Supreme Court's ruling striking down tariffs as done. */
export function reportsFinalRuling(sentence: string): boolean {
  const at = holdingAt(sentence);
  return (
    at !== undefined && SUPREME_COURT.test(sentence) && TARIFFS.test(sentence) && !NOT_YET.test(sentence.slice(0, at))
  );
}

/** Where `sentence` tells tariffs struck down, or (after the court is named) held beyond the law. */
function holdingAt(sentence: string): number | undefined {
  const struck = STRUCK_DOWN.exec(sentence);
  if (struck) return struck.index;
  const court = SUPREME_COURT.exec(sentence);
  const held = court && HELD_UNLAWFUL.exec(sentence.slice(court.index));
  return court && held ? court.index + held.index : undefined;
}

/** Laws the ruling on the emergency tariffs left standing: every basis but the emergency law. */
const OTHER_LAWS: ReadonlySet<LegalBasis> = new Set(LEGAL_BASES.filter((basis) => basis !== 'IEEPA'));
/** True when a rate rests on a law the ruling left standing (Section 232, 301, 122). */
export const restsOnOtherLaw = (basis?: LegalBasis) => basis !== undefined && OTHER_LAWS.has(basis);

/**
 * A partner's rate on goods in general, told as in force, resting on no other law, that its sentence
 * tells neither as standing nor as what follows the ruling.
 */
const struckRate = (statement: RateStatement) =>
  statement.status === 'current' &&
  !statement.products &&
  !restsOnOtherLaw(statement.basis) &&
  !STANDING.test(statement.sentence) &&
  !AFTER_RULING.test(statement.sentence);

/**
 * Marks, in an article reporting the final ruling, the home country's general rates on all countries
 * it tells as in force or to come ("Trump then announced a 10% global tariff under Section 122"):
 * they take the place of every partner's own rate struck down (see `stateOn`); and the home
 * country's rates on partners it tells, which are those the ruling ended: one such rate on goods in
 * general told as in force ("the reciprocal tariffs, which range from 34% for China") is no longer,
 * unless another law bears it or its sentence says it stands or follows the ruling.
 */
export function markAfterRuling(article: Article, statements: RateStatement[]): void {
  const home = statements.filter((statement) => statement.imposer === HOME_COUNTRY);
  // An article with no rate of the home country's needs no reading for a ruling.
  if (home.length === 0) return;
  const ruled = article.passages.some((passage) =>
    passage.sentences.some((span) => reportsFinalRuling(sentenceText(passage, span))),
  );
  if (!ruled) return;
  for (const statement of home) {
    if (!isWorldwide(statement.target)) {
      statement.inRulingNews = true;
      if (struckRate(statement)) statement.status = 'previous';
    } else if (!statement.products && (statement.status === 'current' || statement.status === 'scheduled'))
      statement.afterRuling = true;
  }
}
