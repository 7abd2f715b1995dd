import { HOME_COUNTRY } from '../geo/countries.ts';
import type { RoledMention } from './roles.ts';

/** More names joined to a country's in a list: ", Mexico", " and the Philippines". */
const MORE_NAMES = String.raw`(?:\s*(?:,|&|\band\b|\bor\b)\s*(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})*`;

/**
 * Countries told as spared the rate after them: "Canada and Mexico are exempt from the 10% tariff",
 * "Peru was spared from", "Britain is the only country exempt from".
 */
const SPARED_FROM = new RegExp(
  String.raw`^${MORE_NAMES}\s+(?:is|are|was|were|will\s+be|would\s+be|remains?|remained|ha(?:s|ve|d)\s+been)\s+(?:also\s+|still\s+|largely\s+)?(?:(?:the\s+)?(?:only|sole|lone)\s+(?:country|nation|partner|economy)\s+|one\s+of\s+(?:the\s+)?(?:few|only)\s+(?:countries|nations|partners|economies)\s+)?(?:exempt(?:ed)?|spared|excluded|excused)\s+from\b`,
  'u',
);
/**
 * What may stand between "from" and the number: "the", "a new", "Washington's" (no clause break, and
 * no other number: "exempt from the 50% tariff and pays 25% instead" spares the 50% only).
 */
const UP_TO_NUMBER = /^[^,;:.\d]{0,40}$/u;

/** A rate told as not applying to the countries after it: "The basic rate of 10% does not apply to Canada and Mexico". */
const NOT_APPLYING = new RegExp(
  String.raw`^[^;:.]{0,60}?\b(?:(?:does|do|did|will|would|shall)\s+not|doesn['’]t|don['’]t|won['’]t)\s+apply\s+to\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*(?:,|&|\band\b|\bor\b)\s*)*(?:the\s+)?$`,
  'u',
);

/**
 * A rate told as sparing the countries after it, as the object of its verb: "this 10% tariff will
 * apply globally but will exempt Canada and Mexico", "the levy exempts Peru".
 */
const EXEMPTING = new RegExp(
  String.raw`^[^;:.]{0,60}?\b(?:exempt|exempts|exempting|spares|sparing)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*(?:,|&|\band\b)\s*)*(?:the\s+)?$`,
  'u',
);
/**
 * An aside after the rate telling countries spared it: "…, with only Britain receiving a reprieve",
 * "…, with Canada and Mexico exempted", "…, though Peru was spared". The text before the name, then
 * the text after it.
 */
const ASIDE_BEFORE = /^[^;:.]{0,60}?(?:,\s*|\s+)(?:with|though|although|but|while)\s+(?:only\s+)?(?:the\s+)?$/u;
const SPARED_AFTER = new RegExp(
  String.raw`^${MORE_NAMES}\s+(?:(?:being|is|are|was|were|has\s+been|have\s+been|will\s+be)\s+)?(?:exempt(?:ed)?|spared|excluded|excused|(?:receiving|getting|granted|given|winning|won|securing|secured)\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:reprieve|exemption|exception|waiver|carve-?out))\b`,
  'u',
);
/** A demonym before goods ("exempts Swiss drugs") spares the goods, not the country. */
const GOODS_AFTER = /^\s+(?!(?:and|or|under|from|in|as|with|for|until|through|by|along|if|but)\b)\p{Ll}/u;

/**
 * The foreign countries a sentence tells are not charged the rate from `lead` to `end`: a country
 * exempt from it ("Canada and Mexico are exempt from the 10% baseline"), one it does not apply to
 * ("The basic rate of 10% does not apply to Canada and Mexico") or one it exempts. Goods exempt ("Swiss drugs are
 * exempt from the 39% tariff") leave their country charged.
 */
export function exemptedFrom(
  sentence: string,
  mentions: readonly RoledMention[],
  lead: number,
  end: number,
): Set<string> {
  const spared = new Set<string>();
  for (const m of mentions) {
    if (m.country === HOME_COUNTRY) continue;
    if (m.end <= lead) {
      const told = SPARED_FROM.exec(sentence.slice(m.end, lead));
      if (told && UP_TO_NUMBER.test(sentence.slice(m.end + told[0].length, lead))) spared.add(m.country);
    } else if (
      m.start >= end &&
      (NOT_APPLYING.test(sentence.slice(end, m.start)) ||
        (EXEMPTING.test(sentence.slice(end, m.start)) && !GOODS_AFTER.test(sentence.slice(m.end))))
    )
      spared.add(m.country);
  }
  return spared;
}

/**
 * Whether an aside after one of the sentence's numbers tells `mention` spared ("…, with only Britain
 * receiving a reprieve"): no party to any of them, so a rate on goods from everywhere stays one.
 */
export function sparedInAside(sentence: string, mention: RoledMention, ends: readonly number[]): boolean {
  return (
    mention.country !== HOME_COUNTRY &&
    ends.some((end) => mention.start >= end && ASIDE_BEFORE.test(sentence.slice(end, mention.start))) &&
    SPARED_AFTER.test(sentence.slice(mention.end))
  );
}
