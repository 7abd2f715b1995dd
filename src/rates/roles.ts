import { countryMentions, type CountryMention } from '../geo/mentions.ts';
import { COUNTRIES, HOME_COUNTRY } from '../geo/countries.ts';
import {
  ASKED_PARTY_BEFORE,
  CAPITALISED_NAME,
  COMMODITY_PENALTY_ON,
  LEFT_OUT_WORDS,
  METRIC_WORDS,
  TARIFF_WORDS,
} from './cues.ts';
import { wordsSource } from './words.ts';
import {
  COORDINATION,
  HOME_GOVERNMENT,
  HOME_SECTOR_TARIFF_AFTER,
  PARTNER_PROGRAMME_AFTER,
  POSSESSOR_BEFORE,
  PARTNER_RECIPROCAL_AFTER,
  PARTNER_RATE_AFTER,
  PARTNER_RATE_ATTRIBUTIVE,
  THE_BEFORE,
  POSSESSIVE_TARIFF_BARE,
  RETALIATION,
  KEEPS_RATE_AFTER,
  ROLE_AFTER,
  ROLE_BEFORE,
  ROUTE_BEFORE,
  type Role,
} from './party-cues.ts';
import { MONTH_NAMES } from '../dates/names.ts';

/** A country named in a sentence, with the part the sentence gives it in a tariff. */
export interface RoledMention extends CountryMention {
  role: Role;
}

/** How far back and ahead of a country's form the role patterns look (ahead: past an aside between a subject and its verb). */
const REACH_BEFORE = 40;
/** How far back the route of goods sent round is looked for: "… via Malaysia from nations such as …". */
const ROUTE_REACH = 80;
const REACH_AFTER = 120;

const ABBREVIATION = /^[A-Z.]+$/;

/**
 * "over its purchases of Russian oil", "citing its acquisition of Russian oil", "nations trading in
 * Russian energy", "continued to buy discounted Russian crude": a country's goods someone buys, the
 * reason for a tariff on the buyer, not a party.
 */
const BOUGHT_BEFORE =
  /\b(?:(?:purchases?|purchasing|acquisitions?|buying|buys|bought|imports?|importing|importation|importers?|buyers?)\s+of|(?:trade|trades|trading|deals?|dealing)\s+in|purchas(?:e|es|ing)|buy(?:s|ing)?|bought|import(?:s|ing)?|over)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
/**
 * "any country doing business with the Islamic Republic of Iran": the country the ones a secondary
 * tariff is on trade with, no party to it.
 */
const BUSINESS_WITH_BEFORE =
  /\b(?:doing|does|do|did|conducting|conducts)\s+business\s+with\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:of\s+)?){0,3}$/u;
const COMMODITY_AFTER = /^\s+(?:oil|crude|gas|energy|coal|arms|weapons)\b/u;
const COMMODITY_PENALTY_ON_IT = new RegExp(`^${COMMODITY_PENALTY_ON}`, 'u');
const COMMODITY_BOUGHT_AFTER = /^\s+\S+\s+(?:purchases|imports|buying|importers|buyers|purchasers)\b/u;
/**
 * "Canadian energy imports will only face a 10% tariff": a commodity's imports that face a rate are
 * its country's goods taxed where they arrive, not a third country's purchases ("India's Russian oil imports").
 */
const IMPORTS_FACE_AFTER =
  /^\s+\S+\s+imports\s+(?:(?:will|would|could|now|also|only|still)\s+)*(?:face[sd]?|facing|(?:be|are|were)\s+(?:subject|taxed|tariffed|charged|hit))\b/u;
/**
 * A change right after a tariff, an aside between commas allowed: passive ("… was reduced from 32%
 * to 20%", "… has been raised to 25%", "… was invalidated by the court"), or a level that moved or
 * will move from one rate to another ("…, meanwhile, has gone from 26% to 25%", "… fell to 20%", "…
 * will increase to 50%"), as a list of partners' new rates tells it.
 */
const CHANGED_BY_OTHERS =
  /^(?:\s*,\s*\p{Ll}+,)?\s+(?:(?:was|were|(?:has|have|had)\s+been|will\s+be|is\s+being|is\s+to\s+be)\s+(?:\p{L}+ly\s+)?(?:reduced|cut|lowered|slashed|raised|increased|hiked|doubled|set|invalidated|overturned|struck\s+down)\b|(?:(?:has|have|had)\s+(?:gone|fallen|dropped|risen|climbed|jumped)|went|fell|dropped|rose|climbed|jumped|(?:will|would|is\s+set\s+to|is\s+due\s+to)\s+(?:go|fall|drop|rise|climb|jump|increase|decrease))\s+(?:(?:up|down)\s+)?(?:from|to)\s+\d)/u;
/** A country named to compare a rate with ("now matches Vietnam's"); one that owns a number ("Vietnam's 20%") stays. */
const COMPARED_WITH_BEFORE =
  /\b(?:match(?:es|ed|ing)?|equals?|equal\s+to|mirror(?:s|ed|ing)?|in\s+line\s+with|on\s+par\s+with)\s+(?:the\s+)?$/u;
const OWNS_NUMBER_AFTER = /^['’]s?\s*\d/u;
/**
 * "the US is Brazil's second-largest trading partner after China", "second only to China": the
 * country a ranking is measured against is no party to the rates of the sentence.
 */
const RANKED_BEHIND_BEFORE =
  /\b(?:(?:second|third|fourth|fifth|next)[-\s](?:largest|biggest|most\s+important|top)(?:\s+[\p{L}-]+){0,3}?\s+(?:after|behind)|second\s+only\s+to)\s+(?:the\s+)?$/u;
/** "over Russia-linked oil purchases", "Iran-related sanctions": a country a thing is tied to is no party. */
const LINKED_AFTER = /^[-‑](?:linked|related|tied|connected)\b/u;
/**
 * "bringing U.S. duties closer to the rates charged on goods from countries like Japan": countries
 * named for the rates a rate is likened to, with no number of their own between, are no party.
 */
const LIKENED_RATES_BEFORE =
  /\b(?:closer\s+to|similar\s+to|comparable\s+to|in\s+line\s+with|on\s+par\s+with|the\s+same\s+as)\s+(?:the\s+)?(?:rates?|levels?|tariffs?|duties)\b[^\d%,;.]{0,60}$/u;
/**
 * "a penalty linked to oil imports from Russia", "owing to New Delhi's energy imports from Moscow",
 * "targeting its crude oil trade with Russia", "would stop importing oil from Russia": the supplier
 * of what a tariff punishes buying is no party to it.
 */
const REASON_SUPPLIER_BEFORE =
  /\b(?:(?:(?:linked|tied|related|owing|due)\s+to|because\s+of)\s+(?:its\s+|their\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,2}?\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:\p{L}+\s+)?(?:oil|crude|gas|energy|coal|arms)\s+(?:imports|purchases)\s+from|(?:oil|crude|gas|energy|petroleum)\s+(?:trade|trading|dealings|business)\s+with|(?:import|buy|purchas)\w*\s+(?:[\p{L}-]+\s+){0,2}?(?:oil|crude|gas|energy|petroleum|coal|arms|weapons)(?:\s+products)?\s+from)\s+(?:the\s+)?$/u;
/**
 * "to reduce Russia's earnings", "aimed at China's economy": a country's own measure that a tariff is
 * meant to hit is the purpose of the tariff; the country is no party to it.
 */
const PURPOSE_BEFORE = /\b(?:to\s+\p{L}+|at)\s+$/u;
const OWN_MEASURE_AFTER = new RegExp(String.raw`^['’]s?\s+(?:\p{L}+\s+)?${wordsSource(METRIC_WORDS)}`, 'iu');
/**
 * A demonym owning a measure of the economy ("a decline in Swiss gross domestic product", "a drop
 * in Japanese exports"): the country the sentence speaks of, not a place as "in Geneva" is.
 */
const DEMONYM_MEASURE_AFTER = new RegExp(
  String.raw`^\s+(?:\p{L}+\s+)?(?:${wordsSource(METRIC_WORDS)}|gross\s+domestic\s+product|exports)`,
  'iu',
);

/**
 * "a report by Japan's public broadcaster NHK", "Chinese state media said": a country's newspaper,
 * broadcaster or agency is a source of the news, and the country no party to the rate. The words
 * between describe the outlet; a preposition or an article starts a phrase of its own ("a tariff
 * on Canada on social media", "on Canada over a TV ad"), and the country stays a party.
 */
const OUTLET_AFTER =
  /^(?:['’]s?)?\s+(?:(?!(?:a|an|the|on|over|in|via|through|about|after|by|for|from|with|at|to|and|or)\s)[\p{L}-]+\s+){0,2}?(?:broadcaster|news\s+agency|newspapers?|daily|media|television|TV|radio|outlets?|press\s+agency|wire\s+service)\b/u;
/**
 * "French liquor giant Jas Hennessy", "German carmaker BMW": a demonym before a company noun and the
 * company's name tells where the company is from, not a party to the rate charged on it.
 */
const COMPANY_AFTER =
  /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:giant|maker|carmaker|automaker|steelmaker|chipmaker|drugmaker|company|firm|group|conglomerate|distiller|brand)\s+\p{Lu}/u;
/**
 * "Russia's biggest buyers, India and China, could face 25%", "Russia's oil customers": the country
 * whose buyers or partners a rate is aimed at is no party to it.
 */
const CLIENTELE_AFTER =
  /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:buyers|customers|clients|importers|trading\s+partners|partners)\b/u;
/** "Bangladesh, India's rival in garments,": an aside comparing the country before the comma with another, which is no party. */
const COMPARED_ASIDE_BEFORE = /\p{Lu}[\p{L}.]*\s*,\s*$/u;
/** A possessive and a noun of another country's relation to it: "'s rival", "'s garment competitors". */
const RELATION_AFTER = String.raw`^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:rivals?|competitors?|neighbou?rs?|peers?|allies|ally)`;
const COMPARED_ASIDE_AFTER = new RegExp(String.raw`${RELATION_AFTER}\b`, 'u');
/** "Sri Lanka's garment rival Bangladesh gets 35%": the name after the noun is the party; the possessive only describes it. */
const RELATION_NAMED_AFTER = new RegExp(String.raw`${RELATION_AFTER}\s+(?:the\s+)?\p{Lu}`, 'u');

/**
 * A country in the name of a law ("the Sanctioning Russia Act") or of a pact among three or more
 * ("the U.S.-Mexico-Canada Agreement", which some outlets write "agreement"): part of a name, no
 * party to a rate. (A pact of two names the two parties: "the Korea-U.S. Free Trade Agreement keeps
 * a 0% tariff on American cars".)
 */
const NAMED_ACT_AFTER = /^(?:\s+\p{Lu}[\p{L}.]*){0,3}\s+Act\b/u;
/**
 * A country named between a possessive pronoun and its owner's tariffs ("China reducing its U.S.
 * tariffs to 10%", "Canada will keep their American duties"): the goods taxed, not who taxes.
 */
const OWNER_BEFORE = /\b(?:its|their)\s+$/iu;
const TARIFF_RIGHT_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+)?${wordsSource(TARIFF_WORDS)}`, 'iu');
const PLURILATERAL_PACT =
  /(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*[-–]\s*){2,}\p{Lu}[\p{L}.]*(?:\s+\p{Lu}\p{L}+){0,3}\s+(?:[Aa]greement|[Aa]ccord|[Tt]reaty|[Pp]act)\b/gu;
const inPactName = (sentence: string, mention: CountryMention) =>
  [...sentence.matchAll(PLURILATERAL_PACT)].some(
    (m) => m.index <= mention.start && mention.end <= m.index + m[0].length,
  );
/**
 * "Most consequential for Korea, the EU will receive 15%", "Worse for Peru, Chile faces 30%": a
 * country a sentence opens by weighing the news for, before another country as the subject, is the
 * reader's interest, no party to the rate.
 */
const WEIGHED_FOR_OPENING =
  /^\W*(?:(?:most|more|even|especially|particularly|perhaps)\s+)?(?:consequential|important|significant|crucial|critical|worrying|troubling|notable|relevant|good\s+news|bad\s+news|better|worse|crucially|importantly|notably|significantly|worryingly|tellingly|unfortunately|fortunately|luckily)\s+for\s+(?:the\s+)?$/iu;
const SUBJECT_AFTER_OPENING = /^\s*,\s+(?:the\s+)?/u;
const weighedFor = (sentence: string, mention: CountryMention, all: readonly CountryMention[]) => {
  const comma = WEIGHED_FOR_OPENING.test(sentence.slice(0, mention.start))
    ? SUBJECT_AFTER_OPENING.exec(sentence.slice(mention.end))
    : null;
  return comma !== null && all.some((m) => m.start === mention.end + comma[0].length);
};

/**
 * A country before an official's title and name ("US President Donald Trump’s", "Canadian Finance
 * Minister Dominic LeBlanc"): the official's country, whose part the words after the name tell, not
 * a preposition before it ("pushed back against US President Donald Trump’s imposition of 30%").
 */
const OFFICIAL_AFTER =
  /^\s+(?:President|Prime\s+Minister|Premier|Chancellor|Trade\s+Representative|(?:\p{Lu}\p{L}+\s+)?(?:Secretary|Minister))(?:\s+\p{Lu}[\p{L}.-]*){1,3}/u;
/** A verb of telling right after an official's name, before what the official tells. */
const TELLS_AFTER_NAME =
  /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|announced|announces|stated|confirmed|warned)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?(?:that\s+)?(?:the\s+)?/u;
/**
 * "French Foreign Minister Jean Dupont announced that the European Union will retaliate": the
 * official tells of another party's act, to which the official's own country is no party.
 */
function speaksOfOther(afterName: string, country: string): boolean {
  const tells = TELLS_AFTER_NAME.exec(afterName);
  if (!tells) return false;
  const subject = countryMentions(afterName.slice(tells[0].length))[0];
  return subject !== undefined && subject.start === 0 && subject.country !== country;
}
/** True when `mention` is an official's country, told before the title and name ("French Prime Minister François Bayrou"). */
export const namesOfficial = (sentence: string, mention: CountryMention): boolean =>
  OFFICIAL_AFTER.test(sentence.slice(mention.end));
/**
 * A country's imports from another ("U.S. imports from Switzerland", "China's imports of soybeans
 * from the US", "U.S. imports from automakers like Hyundai", "U.S. imports of South Korean wood
 * products"), not from a day ("US imports from April 10"); a demonym's are the other way ("Chinese
 * imports" are goods from China).
 */
const IMPORTS_FROM_AFTER = new RegExp(
  String.raw`^(?:['’]s?)?\s+imports\s+(?:(?:of\s+(?:[\p{L}.-]+\s+){1,3}?)?from\s+(?:the\s+)?(?:(?!(?:${MONTH_NAMES})\b)\p{Lu}|(?:\p{Ll}+\s+)?(?:automakers|carmakers|manufacturers|makers|companies|firms|producers|exporters|suppliers)\s+(?:like|such\s+as|including)\b)|of\s+(?:\p{Ll}+\s+)?(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|\p{Lu}(?:\.?\p{Lu}){1,2}\.?)(?:-made)?\s+\p{Ll})`,
  'u',
);
/** "Canada’s imposition of 25% counter-tariffs", "Trump’s imposition of a 30% tariff": whose act it is. */
const IMPOSITION_AFTER = /^['’]s?\s+(?:\p{L}+\s+)?(?:imposition|introduction)\s+of\b/u;

/** Blocs whose demonym is also the adjective of a region ("European"). */
const BLOCS = new Set(COUNTRIES.filter((c) => c.bloc).map((c) => c.name));
/**
 * "the European country", "other European nations": countries of the region, not the bloc (said of
 * Switzerland, Norway, the UK), so no party; the sentence's own name or its context tells which.
 */
const COUNTRY_NOUN_AFTER =
  /^\s+(?:countries|country|nations?|enclaves?|neighbou?rs?|kingdoms?|republics?|confederation)(?![\p{L}-])/u;

/** "for" right before a country, which then is the subject of an infinitive of change after it. */
const FOR_BEFORE = /\bfor\s+(?:the\s+)?$/iu;
/** "to drop", "to cut its": the change a party is asked to make, right after it. */
const TO_CHANGE_AFTER =
  /^\s+to\s+(?:\p{L}+ly\s+)?(?:drop|cut|lower|reduce|slash|ease|raise|increase|lift|remove|scrap|eliminate|end|waive|halve|double|impose)\b/u;

/**
 * "an additional 35% tariff will be imposed should Canada retaliate", "… if Mexico hits back": the
 * country whose retaliation a rate is threatened for is the one it would be charged on.
 */
/** What joins a name to the next in a list ("South Korea or Japan"). */
const JOINS = String.raw`(?:,\s+(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?:the\s+)?`;
/** A condition on the country, or on a list it closes: "if Japan", "if South Korea or Japan". */
const CONDITION_BEFORE = new RegExp(
  String.raw`\b(?:if|should|unless|in\s+case)\s+(?:the\s+)?(?:${CAPITALISED_NAME}${JOINS})*$`,
  'u',
);
/** Its retaliation, or that of a list it opens: "retaliated", "or Japan retaliated". */
const RETALIATES_AFTER = new RegExp(
  String.raw`^(?:${JOINS}${CAPITALISED_NAME})*\s+(?:\p{L}+ly\s+)?(?:retaliates?|retaliated|hits?\s+back|responds?\s+in\s+kind)\b`,
  'u',
);

/** "U.S.-bound vehicles", "China-bound soybeans": goods headed for the country, which taxes them where they arrive. */
const BOUND_FOR_AFTER = /^[-‑]bound\b/u;

/**
 * A partner left out of a measure with its own rate beside it: "all countries except China (125%)",
 * "except China, which faces 145%". Being left out of one rate is being charged another, so the
 * aside's number is the partner's own, not the measure's.
 */
const LEFT_OUT_BEFORE = new RegExp(String.raw`\b${LEFT_OUT_WORDS}\s+(?:the\s+)?$`, 'u');
const PERCENT = String.raw`\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)`;
const OWN_RATE_ASIDE = new RegExp(
  String.raw`^\s*(?:\([^()]{0,60}?${PERCENT}[^()]{0,40}\)|,\s+(?:which|who|whose)\b[^,;()]{0,60}?${PERCENT})`,
  'u',
);

function roleOf(sentence: string, mention: CountryMention): Role | null {
  const before = sentence.slice(Math.max(0, mention.start - REACH_BEFORE), mention.start);
  const after0 = sentence.slice(mention.end);
  if (NAMED_ACT_AFTER.test(after0) || inPactName(sentence, mention)) return null;
  if (OWNER_BEFORE.test(before) && TARIFF_RIGHT_AFTER.test(after0)) return 'target';
  if (BOUND_FOR_AFTER.test(after0)) return 'imposer';
  if (CONDITION_BEFORE.test(before) && RETALIATES_AFTER.test(after0)) return 'target';
  // "Ottawa expects Beijing to drop canola duties to 15%", "urged Washington to remove the 25% tariff": the party asked acts.
  // "The deal calls for Japan to lower its tariffs", "time for Canada to drop them": the infinitive's subject acts.
  if ((ASKED_PARTY_BEFORE.test(before) || FOR_BEFORE.test(before)) && TO_CHANGE_AFTER.test(after0)) return 'imposer';
  if (mention.form === 'demonym' && BLOCS.has(mention.country) && COUNTRY_NOUN_AFTER.test(after0)) return null;
  // "tariffs on U.S. imports from India": the country importing is the one that taxes, whatever precedes it.
  if (mention.form !== 'demonym' && IMPORTS_FROM_AFTER.test(after0)) return 'imposer';
  const official = OFFICIAL_AFTER.exec(after0);
  if (official) {
    const named = mention.end + official[0].length;
    if (speaksOfOther(sentence.slice(named), mention.country)) return null;
    return roleAfter(sentence, { ...mention, end: named });
  }
  const bought =
    BOUGHT_BEFORE.test(before) || (COMMODITY_BOUGHT_AFTER.test(after0) && !IMPORTS_FACE_AFTER.test(after0));
  if (bought && COMMODITY_AFTER.test(after0)) return null;
  if (mention.form === 'demonym' && COMMODITY_PENALTY_ON_IT.test(sentence.slice(mention.start))) return null;
  if (mention.form === 'name' && PURPOSE_BEFORE.test(before) && OWN_MEASURE_AFTER.test(after0)) return null;
  const route = sentence.slice(Math.max(0, mention.start - ROUTE_REACH), mention.start);
  if (REASON_SUPPLIER_BEFORE.test(route)) return null;
  if (BUSINESS_WITH_BEFORE.test(route)) return null;
  if (RANKED_BEHIND_BEFORE.test(before)) return null;
  if (COMPARED_WITH_BEFORE.test(before) && !OWNS_NUMBER_AFTER.test(after0)) return null;
  if (LIKENED_RATES_BEFORE.test(route)) return null;
  if (LINKED_AFTER.test(after0)) return null;
  if (OUTLET_AFTER.test(after0)) return null;
  if (mention.form === 'demonym' && COMPANY_AFTER.test(after0)) return null;
  if (CLIENTELE_AFTER.test(after0)) return null;
  if (COMPARED_ASIDE_BEFORE.test(before) && COMPARED_ASIDE_AFTER.test(after0)) return null;
  if (RELATION_NAMED_AFTER.test(after0)) return null;
  if (LEFT_OUT_BEFORE.test(before) && OWN_RATE_ASIDE.test(after0)) return 'target';
  const ownsMeasure = mention.form === 'demonym' && DEMONYM_MEASURE_AFTER.test(after0);
  const hit =
    ROUTE_BEFORE.find((r) => r.pattern.test(route)) ??
    ROLE_BEFORE.find((r) => !(ownsMeasure && r.role === null) && r.pattern.test(before));
  if (hit) return hit.role;
  return roleAfter(sentence, mention);
}

/** The role the words right after a country's form give it. */
function roleAfter(sentence: string, mention: CountryMention): Role {
  const after0 = sentence.slice(mention.end);
  if (IMPOSITION_AFTER.test(after0)) return 'imposer';
  const after = sentence.slice(mention.end, mention.end + REACH_AFTER);
  if (mention.country !== HOME_COUNTRY && (PARTNER_RATE_AFTER.test(after) || PARTNER_PROGRAMME_AFTER.test(after)))
    return 'target';
  if (
    mention.country !== HOME_COUNTRY &&
    PARTNER_RATE_ATTRIBUTIVE.test(after) &&
    THE_BEFORE.test(sentence.slice(Math.max(0, mention.start - 5), mention.start))
  )
    return 'target';
  if (mention.country !== HOME_COUNTRY && PARTNER_RECIPROCAL_AFTER.test(after) && !RETALIATION.test(sentence))
    return 'target';
  if (mention.country !== HOME_COUNTRY && KEEPS_RATE_AFTER.test(after)) return 'target';
  const bare = mention.country !== HOME_COUNTRY && mention.form === 'name' ? POSSESSIVE_TARIFF_BARE.exec(after) : null;
  // "Taiwan's tariff was reduced to 20%": a partner's bare tariff that someone else changed is the rate charged on it.
  if (
    bare &&
    (HOME_GOVERNMENT.test(sentence.slice(0, mention.start) + sentence.slice(mention.end)) ||
      CHANGED_BY_OTHERS.test(after0.slice(bare[0].length))) &&
    !RETALIATION.test(sentence)
  )
    return 'target';
  const text = sentence.slice(mention.start, mention.end);
  const demonymOrAbbreviation = mention.form === 'demonym' || ABBREVIATION.test(text);
  if (
    mention.country === HOME_COUNTRY &&
    demonymOrAbbreviation &&
    HOME_SECTOR_TARIFF_AFTER.test(after) &&
    !POSSESSOR_BEFORE.test(sentence.slice(0, mention.start))
  )
    return 'imposer';
  return ROLE_AFTER.find((r) => (!r.forms || demonymOrAbbreviation) && r.pattern.test(after))?.role ?? 'unknown';
}

/**
 * What may follow the place of a dateline before its dash or colon: a region in brackets, a date,
 * an agency ("New Delhi [India], November 12 :", "Ottawa:", "Beijing, Nov 3 (Reuters) -").
 */
const DATELINE_AFTER =
  /^(?:\s*\[[^\]]{2,30}\])?(?:,?\s*\p{Lu}\p{Ll}{2,}\.?\s\d{1,2}(?:,\s\d{4})?)?(?:\s*\([^()]{2,30}\))?\s*(?::|—|–|--|-)\s/u;
/** A seat of government opening a paragraph as its dateline is where the story was filed, not a party to a rate. */
const isDateline = (sentence: string, mention: CountryMention) =>
  mention.form === 'seat' &&
  sentence.slice(0, mention.start).trim() === '' &&
  DATELINE_AFTER.test(sentence.slice(mention.end));

/**
 * The countries a sentence names, with their roles; places ("talks in Geneva") are left out. A
 * country listed beside one with a role shares it ("on Mexican and Canadian goods").
 */
export function roledMentions(sentence: string): RoledMention[] {
  const mentions: RoledMention[] = [];
  let place: CountryMention | undefined;
  const all = countryMentions(sentence);
  for (const mention of all) {
    // A dateline's seat is no party, nor a country an opening weighs the news for ("Most consequential
    // for Korea, the EU …"): skipped, so the subject after its comma is not read as listed with it.
    if (isDateline(sentence, mention) || weighedFor(sentence, mention, all)) continue;
    // "production in China and India": a country listed with a place is a place too.
    const listedWithPlace = place !== undefined && COORDINATION.test(sentence.slice(place.end, mention.start));
    const role = listedWithPlace ? null : roleOf(sentence, mention);
    place = role === null ? mention : undefined;
    if (role) mentions.push({ ...mention, role });
  }
  // Until nothing changes: a role reaches every item of a list however long ("Shipments from Peru,
  // Chile, Ecuador and Bolivia face 10%" gives the first item the role of the last).
  for (let changed = true; changed;) {
    changed = false;
    mentions.forEach((m, i) => {
      const next = mentions[i + 1];
      if (!next || m.role === next.role || !COORDINATION.test(sentence.slice(m.end, next.start))) return;
      if (m.role === 'unknown') m.role = next.role;
      else if (next.role === 'unknown') next.role = m.role;
      else return;
      changed = true;
    });
  }
  // "The US and Peru announced a deal that will cut tariffs to 15%": of two sides acting together,
  // the home country charges the rate the deal sets, on the other.
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || m.role !== 'imposer' || next.role !== 'imposer') return;
    if (!COORDINATION.test(sentence.slice(m.end, next.start))) return;
    if (m.country === HOME_COUNTRY) next.role = 'unknown';
    else if (next.country === HOME_COUNTRY) m.role = 'unknown';
  });
  return mentions;
}
