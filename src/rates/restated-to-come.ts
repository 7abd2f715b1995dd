/**
 * A level told again after its article told it as still to come: "will slash its tariffs on Swiss
 * goods to 15% from 39% … Greer did not specify the 15% rate." The second telling names the same
 * level of the same deal with no time of its own, so it is to come with it, not a level in force.
 */
import { PERCENT_UNIT } from '../text/percent-unit.ts';
import { HOLDS_NOW } from './pending-total.ts';
import type { RateStatement } from './rate-statement.ts';

/** Words that tell a level as started, whatever the first telling said: "took effect", "since August". */
const STARTED = /\b(?:since|took\s+effect|came\s+into|kicked\s+in|went\s+into|effective|immediately)\b/iu;

/** One level of a sum named back, "20%" in "the 20%+20% tariffs" or "the 15% + 10% duties". */
const SUMMAND = String.raw`\d+(?:\.\d+)?\s*${PERCENT_UNIT}\s*\+\s*`;

/**
 * The level named back as a known thing, "the 15% rate", "the 39% tariff", or as one of a sum of
 * levels ("the 25%+25% tariffs"): a definite noun phrase, not a level the sentence sets ("cut its
 * tariff to 15%, effective immediately").
 */
const namedBack = (sentence: string, percent: number) => {
  const level = String.raw`${String(percent).replace('.', '\\.')}\s*${PERCENT_UNIT}`;
  return new RegExp(
    String.raw`\bthe\s+(?:[\p{L}-]+\s+)?(?:${SUMMAND})*${level}(?:\s*\+\s*\d+(?:\.\d+)?\s*${PERCENT_UNIT})*\s+(?:[\p{L}-]+\s+)?(?:rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies))\b`,
    'iu',
  ).test(sentence);
};

/**
 * The first telling in the future ("will slash … to 15%", "would lock out"): a change the news itself
 * tells as still to come. One agreed before ("last month … agreed to lower it to 12%") may have come
 * since, as a later sentence may tell ("a notice sets out the reduced 12% rate").
 */
const FUTURE = /\b(?:will|would|shall|(?:is|are)\s+(?:set\s+|due\s+)?to\s+be)\b/iu;

const goodsOf = (s: RateStatement) => s.products?.join(', ') ?? s.scope ?? '';

/**
 * Schedules each level told as in force, with no word of its own on when, that its article told
 * before as to come and never as holding.
 */
export function scheduleRestatedLevels(statements: readonly RateStatement[]): void {
  statements.forEach((told, i) => {
    if (told.status !== 'current' || told.dated || !namedBack(told.sentence, told.percent)) return;
    if (HOLDS_NOW.test(told.sentence) || STARTED.test(told.sentence)) return;
    const before = statements
      .slice(0, i)
      .filter(
        (s) =>
          s.imposer === told.imposer &&
          s.target === told.target &&
          s.percent === told.percent &&
          goodsOf(s) === goodsOf(told) &&
          s.sentence !== told.sentence,
      );
    // Told in the future as to come, and nowhere before as holding.
    const toCome = before.find((s) => s.status === 'scheduled' && FUTURE.test(s.sentence));
    if (!toCome || before.some((s) => s.status === 'current')) return;
    told.status = 'scheduled';
    if (toCome.effective) told.effective = toCome.effective;
  });
}
