import { EXEMPT_FROM } from './change.ts';
import { RELATIVE_CLAUSE, type Span } from './clauses.ts';
import {
  COMMODITY_PENALTY_ON,
  COMPONENT_WORDS,
  DUE_TO_CAUSE,
  EXAMPLE_WORDS,
  PRODUCTS,
  SCOPE_PATTERNS,
  TOTAL_WORDS,
} from './cues.ts';
import type { PercentMention } from './percentages.ts';
import { hasTariffWord } from './percentages.ts';
import type { RateStatement } from './rate-statement.ts';
import { anyWord, wordsSource } from './words.ts';

export type Coverage = Pick<RateStatement, 'part' | 'products' | 'scope'>;

/** What `coverageOf` reads for one percentage. */
export interface CoverageScope {
  sentence: string;
  percent: PercentMention;
  clause: Span;
  segment: Span;
  /** The products of the previous percentage of the sentence, if any, and where that percentage ends. */
  previousProducts?: readonly string[];
  previousEnd?: number;
}

const PRODUCT_PATTERNS = PRODUCTS.map(({ name, words }) => ({ name, global: new RegExp(wordsSource(words), 'giu') }));
const EXAMPLES = anyWord(EXAMPLE_WORDS);
/** An example or exemption and the words after it up to the next comma: "…, including cars, …". */
const EXAMPLE_RUN = new RegExp(`${wordsSource(EXAMPLE_WORDS)}[^,;]*`, 'gu');
/** Exemptions someone ends ("ending exemptions to tariffs on steel"): the products after them are covered again. */
const ENDED_EXEMPTIONS =
  /\b(?:end(?:s|ed|ing)?|remov(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|revok(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|without|no)\s+(?:the\s+|all\s+|any\s+)?(?:\p{L}+\s+)?exemptions?\b/gu;
/** Another rate's products after the number: "face 10% tariffs, with higher rates on steel and cars". */
const OTHER_RATE_ON =
  /\b(?:higher|lower|steeper|different|separate|other)\s+(?:\p{L}+\s+)?(?:rates?|tariffs?|duties|levies)\s+(?:on|for)\b/u;
/**
 * Why a rate is charged, after the number: none of its words limit it ("… targeting its crude oil
 * trade with Russia", "for its Russian oil purchases", "when it kept buying discounted Russian
 * crude"); nor do a cause's ("due to … failure to stem the flow of lethal drugs",
 * "claiming … because drugs are still pouring in"), unless "due to" tells a schedule ("due to take effect").
 * Smuggled drugs are a reason wherever they are named ("punishes China for the flow of illicit drugs"):
 * no tariff taxes them.
 */
const REASON = new RegExp(
  String.raw`\b(?:buy(?:s|ing)?|purchas(?:e|es|ing)|import(?:s|ing)|trad(?:e|es|ing)\s+in|deal(?:s|ing)?\s+in)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Lu}[\p{L}-]*\s+(?:oil|crude|energy|gas|petroleum)\b|\b(?:(?:crude\s+)?oil|crude|energy|gas|petroleum)\s+(?:trade|trading|dealings|business)\s+with\b|\b(?:import|buy|purchas)\w*\s+(?:[\p{L}-]+\s+){0,2}?(?:oil|crude|gas|energy|petroleum)(?:\s+products)?\s+from\b|\bbuyers?\s+of\s+\p{Lu}[\p{L}-]*\s+(?:oil|crude|energy|gas|petroleum)\b|\bfentanyl\b|\b(?:illicit|illegal|lethal|deadly|synthetic)\s+drugs\b|\bflow\s+of\s+(?:[\p{L}-]+\s+){0,2}?drugs\b|\bciting\b|\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)?\s+at|over|punish(?:es|ed|ing)?)\s+(?:[\p{L}'’]+\s+){0,3}?(?:purchases?|purchasing|buying|imports?)\s+of\b|\b(?:(?:linked|tied|related|owing|due)\s+to|because\s+of)\s+(?:its\s+|their\s+|the\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,2}?\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:\p{L}+\s+)?(?:oil|energy|gas|crude)\s+(?:purchases|imports|buying)\b|\bfor\s+(?:its|their|\p{Lu}[\p{L}.-]*['’]s?)\s+\p{Lu}\p{L}+\s+(?:oil|energy|gas|crude)\s+(?:purchases|imports|buying)\b|\b(?:(?:(?:is|are|was|were)\s+(?:meant|intended|designed|aimed)|in\s+(?:a\s+)?bid|in\s+order)\s+to|(?:is|are|was|were)\s+aimed\s+at)\b|\bin\s+(?:exchange|return)\s+for\b|\b(?:because\s+of|due\s+to)\s+(?:its\s+|their\s+|the\s+|\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:purchases?|buying|imports?|importation)\s+of\b|\bon\s+(?:(?:its|their|the)\s+)?(?:purchases?|buying)\s+of\b|\bon\s+(?:its|their)\s+imports?\s+of\b|\b(?:over\s+(?:its\s+|their\s+|the\s+)?(?:purchases?|buying|imports?)\s+of|over\s+(?:its\s+|their\s+)?\S+\s+(?:oil|energy|gas)(?:\s+(?:purchases|imports|buying))?|for\s+(?:buying|purchasing|importing)|for\s+(?:its|their|his|her|\p{L}+['’]s?)\s+(?:\p{L}+\s+)?(?:purchases?|buying|imports?)\s+of|as\s+(?:a\s+)?(?:punishment|penalty|reprisal)\s+for|in\s+retaliation\s+for|in\s+response\s+to)\b|\b(?:because|claiming)\b|${DUE_TO_CAUSE.source}|${COMMODITY_PENALTY_ON}`,
  'u',
);
/** The same reason fronted before the rate: "To deter India from buying Russian oil, Trump slapped a 25% tariff". */
const REASON_BEFORE = new RegExp(REASON.source, 'gu');
const TOTAL = anyWord(TOTAL_WORDS);
/** A condition the rate's clause depends on: "if goods are transshipped, …", "the tariff means that if …". */
const CONDITION = /\b(?:if|unless|once)\b/iu;
/** Another statement's products: after "while" or "but", or an aside with "also" (", with the nation also hit by steel tariffs"). */
const OTHER_STATEMENT = /\b(?:while|whereas|but|although|though)\b|,\s*with\s+(?:[\p{L}'’-]+\s+){1,4}?also\b/u;
/**
 * Words that stack a rate onto the one before it or sum them ("piled atop an existing 2.5%",
 * "bringing the overall level to"), or make it the old level of the same change ("to 76.4% from
 * 26.4%", "at 15%, down from the 27.5% tariff", "at 6% — a steep reduction from the 100% duty").
 */
const STACKING =
  /\b(?:atop|on\s+top\s+of|piled|stacked|plus|bringing|taking|instead\s+of|rather\s+than|for\s+a\s+total|overall|combined)\b|^\s*[,—–]?\s+(?:up\s+|down\s+|an?\s+(?:[\p{L}-]+\s+)?(?:reduction|cut|drop|decrease|fall|increase|rise|hike|jump)\s+)?from\s+(?:an?\s+|the\s+)?$/iu;
/**
 * A partner let off lightly in contrast with the rate before ("100% tariffs on branded drugs,
 * though the EU and Japan will only be hit with 15% tariffs"): its lower rate is on the same goods.
 */
const ONLY_IN_CONTRAST = /\b(?:while|whereas|but|although|though)\b[^.;]*\bonly\b[^.;]*$/iu;
/** What a rate is on, told right after it ("15% tariffs on all its goods"). */
const OBJECT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:on|for)\s/u;
const COMPONENT = anyWord(COMPONENT_WORDS);
/** Between two rates, words that add the second to the first ("a 10% baseline plus a 20% levy"): both are parts. */
export const ADDED_TO = /\b(?:plus|on\s+top\s+of|atop|in\s+addition\s+to)\b/iu;
const DURATION = /\b(?:another|further|additional|extra)\s+(?:\d+|\p{L}+)[-\s](?:days?|weeks?|months?|years?)\b/giu;
/** Goods of its own after the number ("and 15% on other Japanese goods"): a rate on goods in general, not the previous rate's products. */
const OWN_GOODS = /^\s+(?:on|for)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:goods|products|imports|exports|items|merchandise)\b/u;
/** The rate's own object is goods in general: "50 percent tariffs on Brazilian imports". */
const ON_ALL_GOODS =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:on|for)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:goods|products|imports|exports|merchandise)\b/u;
/** What such a rate does, after a comma: ", affecting several agricultural products" tells its effect, not its scope. */
const IMPACT = /,\s*(?:affecting|hitting|hurting|impacting|weighing\s+on|disrupting)\b/u;
/** A condition after the number ("… until Drugs stop flowing", "unless Ottawa drops its dairy duties"): its goods are not the rate's. */
const CONDITION_AFTER = /\b(?:until|unless|if|as\s+long\s+as)\b/u;
/** A relative clause on a party after the number ("… on Canada, which buys 75% of its cars from the US"): its goods are that party's trade, not the rate's. */
const PARTY_DESCRIBED = /\p{Lu}[\p{L}.]*\s*,\s*(?:which|who|whose)\s/u;
const CONTRAST_BEFORE = /\b(?:while|whereas|but|although|though)\b/gu;
/** The measure a rate answers, told after what answers it ("… on US coal in retaliation for Washington's 10% levies"). */
const ANSWERED_BEFORE = /\bin\s+(?:retaliation|response|return)\s+(?:for|to|against)\b/gu;
const PARTY_ASIDE = /\p{Lu}[\p{L}.]*\s*,\s*(?:which|who|whose)\b[^,;]*,/gu;
/**
 * An opening phrase that sets goods apart before the rate ("Outside of the energy exclusions, the
 * orders imposed 25%", "Apart from steel, …"): the goods it names are those the rate spares.
 */
const SPARED_BEFORE =
  /\b(?:outside(?:\s+of)?|apart\s+from|aside\s+from|except(?:\s+for)?|excluding|other\s+than)\s[^,;]*,/giu;
/**
 * A list closed by every other kind: "on autos, lumber and all other goods", "and all other
 * reciprocal tariffs", "on vehicles, pharmaceuticals and other goods" (other goods, with no kind
 * of their own, are the rest of the country's goods).
 */
const ALL_OTHERS = /\b(?:and|or|plus)\s+(?:on\s+)?(?:all|every|any)\s+other\b/iu;
const OTHER_GOODS =
  /\b(?:and|or|plus)\s+(?:on\s+)?other\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}(?:goods|products|imports|exports|merchandise)\b/u;
/** The last few words before a relative clause: its antecedent ("cars, which currently face 27.5%"). */
const ANTECEDENT = /(?:\S+\s+){0,2}\S+\s*,?\s*$/u;

/**
 * Goods a rate is charged on, limited by a word that selects rather than by name ("for selected
 * goods", "on specific products"): a rate on some of a country's goods, never its general rate. Only
 * as the rate's object: "with selected products excluded" spares them. Not "certain" or "some": the
 * news writes "25% on some Canadian goods" and "tariffs on certain South Korean goods" of the rate on
 * goods in general less those a pact exempts.
 */
const SOME_GOODS =
  /(?<=\b(?:on|for|of)\s+)(?:selected|select|specific)\s+(?:[\p{L}-]+\s+){0,3}?(?:goods|products|imports|exports|items|merchandise)\b/iu;

/**
 * The products `text` names; a word inside a longer product's name ("vehicles" in "electric vehicles")
 * names only that one. Goods limited by a quantifier and named by no product are their own words.
 */
function productsIn(text: string): string[] {
  const named = namedProductsIn(text);
  const some = named.length === 0 ? SOME_GOODS.exec(text) : null;
  return some ? [some[0]] : named;
}

/** The products `text` names by name. */
export function namedProductsIn(text: string): string[] {
  const hits = PRODUCT_PATTERNS.flatMap(({ name, global }) =>
    [...text.matchAll(global)].map((m) => ({ name, start: m.index, end: m.index + m[0].length })),
  );
  const inside = (h: (typeof hits)[number]) =>
    hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
  const names = new Set(hits.filter((h) => !inside(h)).map((h) => h.name));
  return PRODUCT_PATTERNS.filter((p) => names.has(p.name)).map((p) => p.name);
}

/**
 * `text` less its examples, the rate at `rateAt`: an example word before the rate introduces the
 * rate itself ("the deal's terms, including a 15% tariff on cars"), so its run ends at the rate and
 * the rate's own goods stay.
 */
function withoutExamples(text: string, rateAt: number): string {
  const at = Math.max(0, rateAt);
  return text.slice(0, at).replace(EXAMPLE_RUN, ' ') + text.slice(at).replace(EXAMPLE_RUN, ' ');
}

/** A measure and what it is charged on, up to the clause's end: "safeguard measures on imports of steel …". */
const MEASURE_ON = /\b(?:tariffs?|duty|duties|levy|levies|surtax(?:es)?|measures?)\b[^,;.]*?\bon\s+([^,;]+)/giu;

/**
 * The goods a sentence that states no rate names as the object of a measure ("revised the safeguard
 * measures on imports of steel and aluminium articles", "a tariff … on some steel products"),
 * examples left out; goods the sentence names otherwise ("as will auto parts") are not the measure's.
 */
export function measureGoodsIn(text: string): string[] {
  const objects = [...text.matchAll(MEASURE_ON)].map((m) => m[1] ?? '');
  return [...new Set(objects.flatMap((o) => productsIn(o.replace(EXAMPLE_RUN, ' '))))];
}

/**
 * What a percentage covers: the products its segment limits it to (examples after "including" or
 * "such as" do not limit it), other limits such as a trade pact from its clause on, and whether it
 * is a total or a part. A relative clause takes its antecedent's products ("cars, which face
 * 27.5%"); a clause that names no product and no tariff ("will be cut to 15%"), or a rate stacked
 * onto or summed with the one before ("piled atop an existing 2.5%"), keeps those of the previous
 * percentage.
 */
export function coverageOf(scope: CoverageScope): Coverage {
  const { sentence, percent, clause, segment, previousProducts, previousEnd } = scope;
  const examples = EXAMPLES.exec(sentence.slice(percent.end, segment.end));
  // Products after "while" or "but" are another statement's ("…, while levies on steel will go"), and
  // so are those of another rate named after the number ("…, with higher rates on cars").
  const after = sentence.slice(percent.end, segment.end);
  const other =
    OTHER_STATEMENT.exec(after) ??
    OTHER_RATE_ON.exec(after) ??
    (ON_ALL_GOODS.test(after) ? IMPACT.exec(after) : null) ??
    CONDITION_AFTER.exec(after) ??
    PARTY_DESCRIBED.exec(after);
  const cut = Math.min(
    examples ? percent.end + examples.index : segment.end,
    other ? percent.end + other.index : segment.end,
  );
  // The reason for a tariff is no limit on it: "on Indian goods over purchases of Russian oil".
  const reason = REASON.exec(sentence.slice(percent.end, cut));
  // Goods exempted from the rate before it are what it spares, not what it covers, and a reason told
  // before it limits it no more than one told after; goods in a relative aside on the party before
  // it ("China, which bought fewer US soybeans, imposes 34%") are its trade.
  // So are the goods of another statement before a "while" or "but" ("Japan will cut its tariff on
  // US rice, while Washington keeps 15% on Japanese goods"), or before the words that tell the
  // measure it answers ("China will tax US coal in retaliation for Washington's 10% levies").
  const lead = sentence.slice(segment.start, percent.lead);
  const lastEnd = (pattern: RegExp) => {
    const match = [...lead.matchAll(pattern)].at(-1);
    return match ? match.index + match[0].length : 0;
  };
  const start = EXEMPT_FROM.test(lead)
    ? percent.lead
    : segment.start +
      Math.max(
        lastEnd(PARTY_ASIDE),
        lastEnd(CONTRAST_BEFORE),
        lastEnd(ANSWERED_BEFORE),
        lastEnd(SPARED_BEFORE),
        lastEnd(REASON_BEFORE),
      );
  const limiting = sentence.slice(start, reason ? percent.end + reason.index : cut);
  const antecedent = RELATIVE_CLAUSE.test(sentence.slice(clause.start, clause.end))
    ? productsIn(ANTECEDENT.exec(sentence.slice(0, clause.start))?.[0] ?? '')
    : [];
  let products =
    antecedent.length > 0
      ? antecedent
      : productsIn(
          withoutExamples(
            limiting.replace(ENDED_EXEMPTIONS, (m) => ' '.repeat(m.length)),
            percent.lead - start,
          ),
        );
  // "on autos, lumber, pharma and all other goods": the listed goods and every other, goods in general.
  // The words between the previous number and this one.
  const sincePrevious = sentence.slice(previousEnd ?? segment.start, percent.lead);
  if (ALL_OTHERS.test(limiting) || OTHER_GOODS.test(limiting)) products = [];
  else if (
    products.length === 0 &&
    previousProducts &&
    !OWN_GOODS.test(sentence.slice(percent.end, segment.end)) &&
    (!hasTariffWord(sentence.slice(clause.start, clause.end)) ||
      STACKING.test(sincePrevious) ||
      (ONLY_IN_CONTRAST.test(sincePrevious) && !OBJECT_AFTER.test(sentence.slice(percent.end, segment.end))))
  )
    products = [...previousProducts];
  // A condition before the rate's clause limits it too ("if goods are transshipped, they will pay 40%");
  // goods exempted from the rate before it ("goods compliant with the pact stay exempt from the 25%
  // tariffs") are what it spares, no limit on it.
  const from = sentence.slice(
    EXEMPT_FROM.test(lead)
      ? percent.lead
      : CONDITION.test(sentence.slice(segment.start, clause.start))
        ? segment.start
        : clause.start,
    segment.end,
  );
  const scopeText = SCOPE_PATTERNS.map((p) => p.exec(from)?.[0]).find((s) => s !== undefined);
  const near =
    sentence.slice(clause.start, percent.lead) +
    sentence.slice(percent.end, Math.min(percent.end + 30, segment.end)).split(/[,;]|\s[—–-]\s/)[0];
  // "for another 90 days" is a length of time, not a part of the rate.
  const nearWords = near.replace(DURATION, ' ');
  const part = percent.increment
    ? 'component'
    : TOTAL.test(nearWords)
      ? 'total'
      : COMPONENT.test(nearWords) ||
          (previousEnd !== undefined && ADDED_TO.test(sentence.slice(previousEnd, percent.lead)))
        ? 'component'
        : undefined;
  return {
    ...(part ? { part } : {}),
    ...(products.length > 0 ? { products } : {}),
    ...(scopeText ? { scope: scopeText } : {}),
  };
}
