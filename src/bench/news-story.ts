import { MARKET_INDEXES, OUTLETS, PLACES, RATES, TALKS_CITIES, type Country, type Person } from './lexicon.ts';
import type { Random } from './random.ts';

/**
 * One synthetic news story and the paragraphs that tell it, written like trade news so the
 * extractors find what they look for: quotations attributed in several patterns (`“…,” Name
 * said.`, `Name said: “…”`, title + name), rate statements ("raised tariffs on Chinese steel to
 * 145%", "down from 54%") and pause deadlines ("the 90-day pause ends on July 9").
 */

export const DAY_MS = 86_400_000;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** AP style: these months are abbreviated before a day ("Aug. 12"). */
const AP_MONTHS: Record<string, string> = {
  January: 'Jan.',
  February: 'Feb.',
  August: 'Aug.',
  September: 'Sept.',
  October: 'Oct.',
  November: 'Nov.',
  December: 'Dec.',
};
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const surname = (person: Person) => person.surname ?? person.name.split(' ').at(-1) ?? person.name;

/** "July 9", "Aug. 12", sometimes with the year. */
function spokenDate(date: Date, random: Random, ap: boolean): string {
  const month = MONTHS[date.getUTCMonth()] ?? 'January';
  const day = `${ap ? (AP_MONTHS[month] ?? month) : month} ${date.getUTCDate()}`;
  return random.chance(0.2) ? `${day}, ${date.getUTCFullYear()}` : day;
}

/** The people and things one article is about; paragraphs draw on it so they tell one story. */
export interface Story {
  random: Random;
  published: Date;
  imposer: Country;
  target: Country;
  product: string;
  otherProduct: string;
  rate: number;
  previous: number;
  pauseDays: number;
  deadline: Date;
  officials: Person[];
  analysts: Person[];
  company: string;
  /** Quotation marks: straight or curly, by the outlet's house style. */
  open: string;
  close: string;
  /** AP-style abbreviated months. */
  ap: boolean;
  /** Speakers already introduced: later mentions use the surname alone. */
  introduced: Set<string>;
}

// ── Speakers and quotations ─────────────────────────────────────────────────

/**
 * How a speaker is named: title and full name the first time, the surname after. An analyst's
 * affiliation goes between commas, so before "said" it takes a closing comma too.
 */
function speaker(story: Story, person: Person, beforeSaid = true): string {
  if (story.introduced.has(person.name)) return surname(person);
  story.introduced.add(person.name);
  if (person.title) return `${person.title} ${person.name}`;
  return `${person.name}, ${person.affiliation}${beforeSaid ? ',' : ''}`;
}

function quoteSentence(story: Story): string {
  const { random, target, imposer, product, rate } = story;
  const other = random.pick([target, imposer]);
  const group = random.pick([
    'workers',
    'farmers',
    'consumers',
    'manufacturers',
    'small businesses',
    'families',
    'exporters',
    'steelworkers',
  ]);
  const sentences = [
    () =>
      `We will ${random.pick(['firmly ', 'resolutely ', ''])}${random.pick(['defend', 'protect', 'stand up for'])} our ${random.pick(['workers', 'farmers', 'industry', 'interests', 'sovereignty'])}`,
    () =>
      `This ${random.pick(['tariff', 'decision', 'move', 'escalation', 'levy'])} is ${random.pick(['unjustified and will hurt', 'a serious mistake for', 'bad news for', 'a tax on'])} ${random.pick(['American', 'ordinary', 'our'])} ${group}`,
    () => `The door to ${random.pick(['negotiations', 'talks', 'dialogue'])} remains open`,
    () =>
      `We are ${random.pick(['very close to', 'still far from', 'working hard on', 'not in a hurry to reach'])} a deal with ${other.name}`,
    () =>
      `Prices of ${product} ${random.pick(['will rise', 'could double', 'are already climbing', 'will go up'])} by ${random.pick(['the summer', 'Christmas', 'the end of the year', 'next spring'])}`,
    () => 'There are no winners in a trade war',
    () => `Nobody wants to see ${rate}% tariffs on ${product}`,
    () =>
      `We expect ${other.name} to ${random.pick(['come back to the table', 'honor its commitments', 'lower its barriers', 'stop the dumping'])}`,
    () => `Our ${group} cannot absorb these costs for much longer`,
    () => `This will hurt ${group} on both sides of the ${random.pick(['Pacific', 'Atlantic', 'border'])}`,
    () =>
      `We are prepared to retaliate if ${other.name} ${random.pick(['goes ahead', 'raises tariffs again', 'does not lift the levies'])}`,
    () =>
      `The talks were ${random.pick(['constructive', 'candid', 'productive', 'a bit stalled', 'difficult but useful'])}`,
    () =>
      `I think ${random.pick(['a deal', 'an agreement', 'a truce'])} is ${random.pick(['possible', 'within reach', 'unlikely before the deadline'])}`,
    () => `Supply chains do not move overnight`,
  ];
  const first = random.pick(sentences)();
  return random.chance(0.35) ? `${first}. ${random.pick(sentences)()}` : first;
}

/** A fragment quoted inside reported speech: `said the talks were “a bit stalled.”`. */
function partialQuote(story: Story): string {
  return story.random.pick([
    'a bit stalled',
    'very close',
    'unacceptable',
    'truly regrettable',
    'a historic step',
    'firm, but not 100% firm',
    'mutually beneficial',
    'a slap in the face',
    'going well',
    'not serious',
  ]);
}

function quoteParagraph(story: Story, person: Person): string {
  const { random, open, close } = story;
  const quote = quoteSentence(story);
  const patterns = [
    () => `${open}${quote},${close} ${speaker(story, person)} said.`,
    () => `${open}${quote},${close} said ${speaker(story, person, false)}.`,
    () => `${capitalize(speaker(story, person))} said: ${open}${quote}.${close}`,
    () =>
      `${capitalize(speaker(story, person))} said the ${random.pick(['talks', 'offer', 'decision', 'deal'])} was ${open}${partialQuote(story)}.${close}`,
    () =>
      `${open}${quote},${close} ${speaker(story, person)} told ${random.pick(OUTLETS)} on ${random.pick(WEEKDAYS)}.`,
    () => {
      const who = speaker(story, person);
      return `${capitalize(who)} said in a statement that ${story.imposer.name} would ${random.pick(['review the measures', 'keep talking', 'respond in kind', 'seek an exemption'])}. ${open}${quote},${close} ${surname(person)} added.`;
    },
    () => `${open}${quote},${close} ${speaker(story, person)} said. ${open}${quoteSentence(story)}.${close}`,
  ];
  return random.pick(patterns)();
}

// ── The other kinds of paragraph ────────────────────────────────────────────

function rateParagraph(story: Story): string {
  const { random, imposer, target, product, otherProduct, rate, previous } = story;
  const month = MONTHS[story.published.getUTCMonth()] ?? 'January';
  const patterns = [
    () =>
      `The ${rate}% tariff applies to about $${random.int(2, 180)} billion of ${target.adjective} ${product} a year, according to ${random.pick(['government data', 'the Census Bureau', 'trade officials', 'industry estimates'])}.`,
    () => `${target.capital} retaliated with a ${random.pick(RATES)}% duty on ${imposer.adjective} ${otherProduct}.`,
    () =>
      `The levy had stood at ${previous}% since ${month}, when ${imposer.capital} raised it from ${random.pick(RATES)}%.`,
    () =>
      `Under the deal, ${imposer.name} will cut tariffs on ${target.adjective} ${product} to ${rate}%, down from ${previous}%.`,
    () =>
      `${capitalize(imposer.name)} raised tariffs on ${target.adjective} goods to ${rate}% in ${month}, and ${target.name} answered with levies of ${random.pick(RATES)}%.`,
    () =>
      `${target.capital} cut the levy to ${random.pick(RATES)}% on ${imposer.adjective} ${otherProduct}, ${random.pick(['a gesture of goodwill', 'part of the truce', 'a first concession'])}.`,
    () =>
      `${capitalize(imposer.name)} has threatened tariffs of up to ${random.pick([100, 200, 250, 300])}% on ${otherProduct} from ${target.name}.`,
  ];
  return random.pick(patterns)();
}

function deadlineParagraph(story: Story): string {
  const { random, imposer, target, pauseDays, deadline, ap } = story;
  const date = spokenDate(deadline, random, ap);
  const former = spokenDate(new Date(deadline.getTime() - random.int(20, 60) * DAY_MS), random, ap);
  const patterns = [
    () => `Negotiators have little time left: the ${pauseDays}-day pause ends on ${date}.`,
    () => `${imposer.capital} and ${target.capital} extended the truce until ${date}, giving negotiators more time.`,
    () =>
      `The reprieve expires on ${date} unless the two sides reach ${random.pick(['a deal', 'an agreement', 'a framework deal'])}.`,
    () =>
      `${imposer.capital} set ${/^[AEIOU]/.test(date) ? 'an' : 'a'} ${date} deadline for ${target.name} to ${random.pick(['open its markets', 'cut its tariffs', 'curb its exports', 'sign a deal'])}.`,
    () =>
      `The ${pauseDays}-day truce, agreed in ${random.pick(TALKS_CITIES)}, was originally due to expire on ${former}, but was extended until ${date}.`,
    () =>
      `The higher tariffs on ${story.product} are suspended until ${date}, ${random.pick(['officials said', 'according to the order', 'the statement said'])}.`,
  ];
  return random.pick(patterns)();
}

function marketParagraph(story: Story): string {
  const { random, target, product } = story;
  const month = random.pick(MONTHS);
  const patterns = [
    () =>
      `${random.pick(MARKET_INDEXES)} ${random.pick(['fell', 'rose', 'slipped', 'jumped'])} ${random.int(1, 40) / 10}% on ${random.pick(WEEKDAYS)} as investors weighed the news.`,
    () =>
      `Exports of ${product} to ${target.name} ${random.pick(['fell', 'rose'])} ${random.int(2, 60)}% in ${month} from a year earlier, customs data showed.`,
    () =>
      `The dollar ${random.pick(['weakened', 'strengthened'])} against the ${random.pick(['yen', 'euro', 'yuan', 'peso', 'Canadian dollar'])}, and prices of ${product} ${random.pick(['climbed', 'dropped'])} to a ${random.int(2, 15)}-month ${random.pick(['high', 'low'])}.`,
  ];
  return random.pick(patterns)();
}

function companyParagraph(story: Story): string {
  const { random, company, product } = story;
  const place = random.pick(PLACES);
  const patterns = [
    () =>
      `${company}, which makes ${product} in ${place}, said it would ${random.pick(['raise prices', 'cut shifts', 'move some production', 'delay a new plant', 'absorb part of the cost'])} because of the tariffs.`,
    () =>
      `Shares of ${company} ${random.pick(['fell', 'rose'])} ${random.int(1, 120) / 10}% after the company said the levies would cost it about $${random.int(5, 900)} million this year.`,
    () =>
      `In ${place}, ${random.pick(['importers', 'farmers', 'factory owners', 'retailers'])} said orders of ${product} had ${random.pick(['dried up', 'slowed', 'been frozen', 'doubled'])} since the tariffs were announced.`,
  ];
  return random.pick(patterns)();
}

function backgroundParagraph(story: Story): string {
  const { random, imposer, target } = story;
  const patterns = [
    () =>
      `${capitalize(imposer.name)} and ${target.name} traded about $${random.int(20, 700)} billion of goods last year, and ${imposer.name} ran a deficit of $${random.int(5, 300)} billion.`,
    () =>
      `The dispute began in ${random.pick(MONTHS)}, when ${imposer.capital} accused ${target.name} of ${random.pick(['dumping', 'unfair subsidies', 'currency manipulation', 'blocking imports'])}.`,
    () =>
      `The Commerce Department opened an investigation into ${story.otherProduct} imports under Section 232 in ${random.pick(MONTHS)}.`,
    () =>
      `The World Trade Organization has warned that the tariffs could shrink global goods trade by ${random.int(2, 10) / 10}% this year.`,
  ];
  return random.pick(patterns)();
}

function outlookParagraph(story: Story): string {
  const { random, imposer, target } = story;
  const patterns = [
    () =>
      `Talks between ${imposer.capital} and ${target.capital} are expected to resume in ${random.pick(TALKS_CITIES)} ${random.pick(['next week', 'later this month', 'in the coming days'])}.`,
    () =>
      `Officials from both sides said they would meet again before the ${spokenDate(story.deadline, random, story.ap)} deadline.`,
    () =>
      `${capitalize(target.name)} has said it will not negotiate ${random.pick(['under pressure', 'with a gun to its head', 'until the tariffs are lifted'])}.`,
  ];
  return random.pick(patterns)();
}

/** The first paragraph and the headline it goes with. */
function lede(story: Story): { title: string; paragraph: string } {
  const { random, imposer, target, product, rate, previous, pauseDays, deadline, ap } = story;
  const day = WEEKDAYS[story.published.getUTCDay()] ?? 'Monday';
  const official = story.officials[0] as Person;
  const date = spokenDate(deadline, random, ap);
  const ledes = [
    () => ({
      title: `${imposer.short} raises tariffs on ${target.adjective} ${product} to ${rate}%`,
      paragraph: `${capitalize(imposer.name)} raised tariffs on ${target.adjective} ${product} to ${rate}% on ${day}, escalating a trade dispute that has ${random.pick(['rattled markets', 'unsettled allies', 'dragged on for months'])}.`,
    }),
    () => ({
      title: `${imposer.short} cuts ${product} levy on ${target.short} to ${rate}%`,
      paragraph: `${capitalize(imposer.name)} cut the levy on ${target.adjective} ${product} to ${rate}%, down from ${previous}%, after ${random.pick(['two days of talks', 'a phone call between the leaders', 'weeks of negotiations'])} in ${random.pick(TALKS_CITIES)}.`,
    }),
    () => ({
      title: `${imposer.short} and ${target.short} extend tariff truce until ${spokenDate(deadline, random, true)}`,
      paragraph: `${capitalize(imposer.name)} and ${target.name} extended their tariff truce until ${date}, ${random.pick(['averting a return to triple-digit tariffs', 'buying time for a broader deal', 'calming markets'])}.`,
    }),
    () => ({
      title: `${imposer.short} pauses tariffs on ${target.adjective} ${product} for ${pauseDays} days`,
      paragraph: `${capitalize(imposer.name)} paused its tariffs on ${target.adjective} ${product} on ${day}, and the ${pauseDays}-day pause ends on ${date}.`,
    }),
    () => ({
      title: `${capitalize(surname(official))} threatens ${rate}% tariffs on ${target.adjective} ${product}`,
      paragraph: `${capitalize(speaker(story, official))} threatened tariffs of up to ${rate}% on ${product} from ${target.name} if ${random.pick(['talks fail', 'no deal is reached', 'the levies are not lifted'])} by ${date}.`,
    }),
    () => {
      const partial = partialQuote(story);
      return {
        title: `${capitalize(surname(official))} says talks with ${target.short} are '${partial}'`,
        paragraph: `${capitalize(speaker(story, official))} said trade talks with ${target.name} were ${story.open}${partial}${story.close} and that ${random.pick(['a call between the leaders may be needed', 'a deal could come within weeks', 'tariffs would stay in place for now'])}.`,
      };
    },
  ];
  return random.pick(ledes)();
}

const BODY_KINDS = [
  { weight: 3, write: (s: Story) => quoteParagraph(s, s.random.pick(s.officials)) },
  { weight: 1, write: (s: Story) => quoteParagraph(s, s.random.pick(s.analysts)) },
  { weight: 2, write: rateParagraph },
  { weight: 1, write: deadlineParagraph },
  { weight: 1, write: marketParagraph },
  { weight: 1, write: companyParagraph },
  { weight: 1, write: backgroundParagraph },
];
const WEIGHTED_KINDS = BODY_KINDS.flatMap((k) => Array.from({ length: k.weight }, () => k.write));

/**
 * The headline and `count` paragraphs of a story: the lede, a body in random order, and what
 * happens next. Every story quotes someone and states a rate; most name a company and give a deadline.
 */
export function tellStory(story: Story, count: number): { title: string; paragraphs: string[] } {
  const { random } = story;
  const { title, paragraph } = lede(story);
  const body = [
    (s: Story) => quoteParagraph(s, s.officials[1] as Person),
    rateParagraph,
    ...(random.chance(0.8) ? [companyParagraph] : []),
    ...(random.chance(0.6) ? [deadlineParagraph] : []),
  ];
  while (body.length < count - 2) body.push(random.pick(WEIGHTED_KINDS));
  return {
    title,
    paragraphs: [paragraph, ...random.sample(body, body.length).map((write) => write(story)), outlookParagraph(story)],
  };
}
