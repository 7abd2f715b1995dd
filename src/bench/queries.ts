import { STOP_WORDS } from '../search/vocabulary.ts';
import { COUNTRIES, FIRST_NAMES, LAST_NAMES, OFFICIALS, PRODUCTS, UNRELATED_WORDS } from './lexicon.ts';
import type { Random } from './random.ts';

/**
 * What users type, made from a corpus's own words so that most questions find something: `/ask`
 * questions (2–8 words; some misspelt, some about nothing the corpus holds) and the partial
 * values typed into autocompleted options.
 */

const MAX_QUESTION_WORDS = 8;
const QUESTION_OPENERS = ['why', 'what did', 'how high are', 'when will', 'who said', 'what is', 'is there', 'how did'];
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’%.-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu;

/** The words of a passage a question would use: no stop words, no one-letter words. */
function contentWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => m[0]).filter((w) => w.length > 1 && !STOP_WORDS.has(w.toLowerCase()));
}

/** A question made of words of one passage, in their order, sometimes opened by a question word. */
function passageQuestion(passages: readonly string[], random: Random): string {
  const words = contentWords(random.pick(passages));
  const opener = random.chance(0.5) ? random.pick(QUESTION_OPENERS).split(' ') : [];
  const wanted = Math.min(words.length, random.int(2, 8) - opener.length);
  const picked = random
    .sample(
      words.map((w, i) => ({ w, i })),
      Math.max(wanted, 1),
    )
    .sort((a, b) => a.i - b.i)
    .map((x) => x.w);
  return [...opener, ...picked].join(' ');
}

function templateQuestion(random: Random): string {
  const country = random.pick(COUNTRIES);
  const person = random.pick(OFFICIALS);
  const product = random.pick(PRODUCTS);
  const templates = [
    () => `what did ${person.name.split(' ').at(-1)} say about ${product}`,
    () => `tariffs on ${country.adjective} ${product}`,
    () => `when does the ${country.short} truce end`,
    () => `how high are tariffs on ${country.name.replace(/^the /, '')} ${product}`,
    () => `why did ${country.capital} retaliate`,
    () => `${country.adjective} ${product} levy cut`,
    () => `is a trade deal with ${country.name.replace(/^the /, '')} close`,
    () => `${person.name} on the talks`,
  ];
  return random.pick(templates)();
}

/** One typing slip in a word of five letters or more: two letters swapped, one dropped or doubled. */
function misspell(question: string, random: Random): string {
  const words = question.split(' ');
  const candidates = words.map((w, i) => ({ w, i })).filter(({ w }) => /^\p{L}{5,}$/u.test(w));
  if (candidates.length === 0) return question;
  const { w, i } = random.pick(candidates);
  const at = random.int(1, w.length - 2);
  const slips = [
    () => w.slice(0, at) + (w[at + 1] ?? '') + (w[at] ?? '') + w.slice(at + 2),
    () => w.slice(0, at) + w.slice(at + 1),
    () => w.slice(0, at) + (w[at] ?? '') + w.slice(at),
  ];
  words[i] = random.pick(slips)();
  return words.join(' ');
}

/** `count` `/ask` questions: half from passages, a quarter from templates, then misspelt ones and ones that match nothing. */
export function askQuestions(passages: readonly string[], random: Random, count: number): string[] {
  const questions: string[] = [];
  while (questions.length < count) {
    const roll = random.next();
    let question: string;
    if (roll < 0.5) question = passageQuestion(passages, random);
    else if (roll < 0.75) question = templateQuestion(random);
    else if (roll < 0.9)
      question = misspell(random.chance(0.5) ? passageQuestion(passages, random) : templateQuestion(random), random);
    else question = random.sample(UNRELATED_WORDS, random.int(2, 5)).join(' ');
    questions.push(question.split(' ').slice(0, MAX_QUESTION_WORDS).join(' '));
  }
  return questions;
}

/** What an option holds, guessed from its name, so it gets plausible values: a speaker, a country… */
export type OptionMeaning = 'speaker' | 'country' | 'product' | 'timezone' | 'other';

const MEANINGS: { meaning: OptionMeaning; name: RegExp }[] = [
  { meaning: 'speaker', name: /speaker|person|who|official/i },
  { meaning: 'country', name: /country|partner|target|imposer|nation|economy/i },
  { meaning: 'product', name: /product|topic|sector|goods|about/i },
  { meaning: 'timezone', name: /time ?zone/i },
];

export function optionMeaning(optionName: string): OptionMeaning {
  return MEANINGS.find((m) => m.name.test(optionName))?.meaning ?? 'other';
}

/** Whole values a user may mean, by meaning; analysts' names may or may not be in the corpus, as with real users. */
function valuePool(meaning: OptionMeaning, random: Random): string[] {
  const people = () => [
    ...OFFICIALS.map((p) => p.name),
    ...Array.from({ length: 40 }, () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`),
  ];
  const countries = () => COUNTRIES.flatMap((c) => [c.name.replace(/^the /, ''), c.short, c.adjective]);
  switch (meaning) {
    case 'speaker':
      return people();
    case 'country':
      return countries();
    case 'product':
      return [...PRODUCTS];
    case 'timezone':
      return Intl.supportedValuesOf('timeZone');
    case 'other':
      return [...people(), ...countries(), ...PRODUCTS];
  }
}

/** A whole value for an option, in the forms people type it: full, last word only, lower case. */
export function typedValue(meaning: OptionMeaning, random: Random): string {
  const value = random.pick(valuePool(meaning, random));
  const form = random.next();
  if (form < 0.2) return value.split(' ').at(-1) ?? value;
  if (form < 0.4) return value.toLowerCase();
  return value;
}

/**
 * What Discord sends while someone types into an autocompleted option: every prefix of the text
 * in turn, from the empty focus on. Some texts match nothing ("zq…").
 */
export function typingSequence(meaning: OptionMeaning, random: Random): string[] {
  const text = random.chance(0.1) ? `zq${random.pick(UNRELATED_WORDS)}` : typedValue(meaning, random);
  const typed = text.slice(0, random.int(1, Math.min(text.length, 10)));
  return Array.from({ length: typed.length + 1 }, (_, i) => typed.slice(0, i));
}
