import { distance as editDistance } from 'fastest-levenshtein';
import {
  countryName,
  countryWord,
  foldName,
  isBloc,
  isCountry,
  nameEnds,
  normaliseName,
  withoutCountry,
} from './names.ts';
import type { SpeakerKind } from './quote.ts';
import { jointMembers } from './speakers.ts';
import type { Gender, NameRef, RoleRef } from './speaker-ref.ts';
import {
  COMPANY_NOUNS,
  GENERIC_ORGANISATIONS,
  GOVERNMENT_NOUNS,
  LED_BODIES,
  ORGANISATION_NOUNS,
  SOURCE_RANKS,
  BODY_LINKS,
  INFORMANT,
} from './vocabulary.ts';

/**
 * The people and organisations of one article, as its narration names them, and which of them each
 * sentence puts forward (its subjects and speakers), so that a surname, a role noun or a pronoun
 * can be resolved to someone named before.
 */

export interface Entity {
  kind: SpeakerKind;
  /** The fullest name seen ("Scott Bessent" even when "Bessent" came first). */
  words: string[];
  /** Lower-cased `words`, for matching. */
  keyWords: string[];
  /** Titles and descriptions written with the name ("U.S. Treasury Secretary"). */
  titles: string[];
  /** The names and role nouns the article calls it by. */
  forms: string[];
  gender?: Gender;
  /**
   * Someone the article does not name but describes by whom they serve ("a senior White House
   * official"): known only by that description, never as a named person or by a word of it.
   */
  described?: true;
  /** Positions of every mention, in the order the article was read. */
  seenAt: number[];
}

/** One sentence's mention of an entity: as its subject, as the speaker of one of its quotations, or neither. */
interface Note {
  entity: Entity;
  at: number;
  subject: boolean;
  speaker: boolean;
  /** A speaker named after the words ("“…,” Dufour disclosed"): the sentence is theirs, not its subject's. */
  trailing?: boolean;
}

/** Heads of role nouns that stand for any title with the same qualifiers ("the Treasury chief"). */
const GENERIC_HEADS = new Set(['chief', 'head', 'boss', 'leader', 'tsar', 'czar']);

/**
 * Words that describe the holder of a role, not the role ("the former US leader", "the top trade
 * negotiator", "the Republican president": a party is no part of a title; "the outspoken premier",
 * "the 79-year-old president": a manner or an age is not either).
 */
const DESCRIPTIVE = new Set([
  ...['former', 'then', 'top', 'current', 'new', 'newly', 'appointed', 'outgoing', 'incoming', 'veteran'],
  ...['republican', 'democratic', 'democrat', 'conservative', 'labour', 'liberal', 'socialist', 'leftist'],
  ...['populist', 'nationalist', 'centrist', 'right-wing', 'left-wing', 'far-right', 'far-left'],
  ...['outspoken', 'embattled', 'beleaguered', 'combative', 'mercurial', 'longtime', 'long-time', 'long-serving'],
  ...['influential', 'powerful', 'hawkish', 'firebrand', 'billionaire', 'defiant'],
]);
const isDescriptive = (word: string) => DESCRIPTIVE.has(word) || /^\d+-year-old$/.test(word);

/**
 * Whether a person's title answers a role noun: it has the head and every qualifier ("the Treasury
 * secretary" → "U.S. Treasury Secretary"), or every qualifier when the head is generic. `open`: a
 * title that names no country ("Prime Minister") answers a country qualifier ("the Canadian leader").
 */
export function titleFits(title: string, ref: RoleRef, open = false): boolean {
  // "the Japanese leader" fits "Japan's Prime Minister": a country however it is named.
  // "PM" is how news shortens "prime minister", "DPM" (Singapore, Malaysia) "deputy prime minister",
  // "CEO" "chief executive"; a company's possessive qualifies as its name ("Ford's chief executive").
  const words = foldName(title)
    .split(' ')
    .flatMap((w) => ABBREVIATED_TITLES[w] ?? [w])
    .map((w) => countryWord(w).replace(/'s$/, ''));
  const described = ref.qualifiers.filter((q) => !isDescriptive(q));
  // "the Business and Trade Secretary" is the "Business Secretary": one office named by both
  // portfolios or by either; the words either side of the "and" need not all be in the title.
  const and = described.indexOf('and');
  const either = and > 0 ? described.slice(and - 1, and + 2).filter((w) => w !== 'and') : [];
  const qualifiers = described.filter((w) => w !== 'and' && !either.includes(w));
  const countryless = open && !words.some(isCountry);
  const generic = GENERIC_HEADS.has(ref.head) && described.length > 0;
  // "the premier" is also what news calls a prime minister.
  const head =
    generic ||
    (words.includes(ref.head) && !otherOffice(words, ref)) ||
    (ref.head === 'premier' && words.includes('prime') && words.includes('minister')) ||
    (ABBREVIATED_TITLES[ref.head]?.every((w) => words.includes(w)) ?? false);
  // A name of two words joined by a hyphen qualifies as both ("the Cleveland-Cliffs CEO").
  const has = (w: string) =>
    countryWord(w)
      .split(' ')
      .every((part) => words.includes(part)) ||
    (countryless && isCountry(w));
  // "the Ontario premier", "the California governor" for "Premier Doug Ford", "Governor Ana Ruiz":
  // the office of a province, state or city, whose title names no place.
  const placeOffice = open && PLACE_OFFICES.has(ref.head) && words.join(' ') === ref.head;
  return head && (placeOffice || (qualifiers.every(has) && (either.length === 0 || either.some(has))));
}

/** Titles news shortens to their initials, and the words they stand for. */
const ABBREVIATED_TITLES: Readonly<Record<string, readonly string[]>> = {
  pm: ['prime', 'minister'],
  dpm: ['deputy', 'prime', 'minister'],
  ceo: ['chief', 'executive'],
};

/** Offices of a province, state or city, which news qualifies with the place ("the Ontario premier"). */
const PLACE_OFFICES = new Set(['premier', 'governor', 'mayor']);

/** Words that make a title another office than its head alone ("Prime Minister" is not "the minister"). */
const OFFICE_PREFIXES = new Set(['prime', 'vice', 'deputy']);

/** Whether the title names another office than the role noun: "the minister" is not "Prime Minister Mark Carney". */
function otherOffice(words: readonly string[], ref: RoleRef): boolean {
  const before = words[words.indexOf(ref.head) - 1];
  return before !== undefined && OFFICE_PREFIXES.has(before) && !ref.qualifiers.includes(before);
}

/** Where `entity` was last mentioned before `at` (at all, for `Infinity`), or -1. */
function seenBefore(entity: Entity, at: number): number {
  return entity.seenAt.reduce((last, p) => (p < at && p > last ? p : last), -1);
}

/** The shortest surname in which a one-letter difference is read as a typo. */
const MIN_TYPO_LENGTH = 4;

/** The people a joint speaker joins ("Donald Trump and Keir Starmer" → both): none for one person or a body. */
const membersOf = (e: Entity) => jointMembers(e.kind, e.words.join(' '));
const isJoint = (e: Entity) => membersOf(e).length > 0;

/** Names as news writes them with or without accents ("Šefčovič", "Sefcovic") and dots ("Jr."). */
const keyOf = (word: string) => foldName(word);

export class EntityTable {
  private readonly entities: Entity[] = [];
  private readonly notes = new Map<number, Note[]>();

  /**
   * The entity a name refers to: the same name; else, for one word, a person whose first or last
   * name it is (a surname, or a Chinese family name) or an organisation named with that noun ("the
   * Commission"); else a new entity. A full name seen after its surname completes that entity.
   * `backReference`: the name is a shorter form of one named before.
   */
  name(ref: NameRef, at: number): { entity: Entity; backReference: boolean } {
    const words = ref.words.map(keyOf);
    const key = words.join(' ');
    let entity = this.newestNamed((e) => e.keyWords.join(' ') === key);
    let backReference = false;
    if (!entity && words.length === 1) {
      const word = words[0] as string;
      entity = this.newestNamed(
        (e) =>
          e.keyWords.length > 1 &&
          !isJoint(e) &&
          e.kind === ref.kind &&
          (e.kind === 'organisation'
            ? ORGANISATION_NOUNS.has(word) && e.keyWords.includes(word)
            : [nameEnds(e.keyWords).first, nameEnds(e.keyWords).last, ...nameEnds(e.keyWords).inner].includes(word)),
      );
      // "Ford" after "Ford Motor Co.": news shortens a company to its first word.
      // Not "Trump" after "the Trump administration": that body is named by a person.
      entity ??= this.newestNamed(
        (e) =>
          e.kind === 'organisation' &&
          e.keyWords.length > 1 &&
          e.keyWords[0] === word &&
          !LED_BODIES.has(e.keyWords[1] ?? ''),
      );
      if (!entity && ref.kind === 'person') entity = this.misspelt(word);
      backReference = entity !== undefined;
      if (!entity && ref.kind === 'person') {
        const member = this.jointMember(word);
        if (member) {
          const { entity: person } = this.name({ ...ref, words: member }, at);
          this.addForm(person, ref.words.join(' '));
          return { entity: person, backReference: true };
        }
      }
    }
    // "Von der Leyen" after "Ursula von der Leyen": a surname of several words.
    if (!entity && ref.kind === 'person' && words.length > 1) {
      entity = this.newestNamed(
        (e) =>
          e.kind === 'person' &&
          !isJoint(e) &&
          e.keyWords.length > words.length &&
          e.keyWords.slice(-words.length).join(' ') === key,
      );
      backReference = entity !== undefined;
    }
    // "the Commerce Ministry" after "China's Commerce Ministry": the same body without its country.
    const bare = (w: readonly string[]) => withoutCountry(w).join(' ');
    if (!entity && ref.kind === 'organisation' && words.length > 1) {
      entity = this.newestNamed(
        (e) => e.kind === 'organisation' && e.keyWords.length > words.length && bare(e.keyWords) === key,
      );
      backReference = entity !== undefined;
    }
    // "the Chinese ministry" after "China's Commerce Ministry": a body by its country and kind.
    const [country, noun] = words;
    if (!entity && words.length === 2 && country && noun && isCountry(country) && ORGANISATION_NOUNS.has(noun)) {
      entity = this.newestNamed(
        (e) =>
          e.kind === 'organisation' &&
          e.keyWords.length > 2 &&
          e.keyWords.includes(noun) &&
          e.keyWords.some((w) => countryWord(w) === countryWord(country)),
      );
      backReference = entity !== undefined;
    }
    if (!entity && words.length > 1) {
      entity = this.newestNamed((e) => {
        const word = e.keyWords[0] as string;
        if (e.keyWords.length > 1 || e.kind !== ref.kind) return false;
        return ref.kind === 'organisation'
          ? ORGANISATION_NOUNS.has(word) && words.includes(word)
          : word === nameEnds(words).first || word === nameEnds(words).last;
      });
      if (entity) {
        entity.words = [...ref.words];
        entity.keyWords = words;
      }
    }
    if (!entity) {
      entity = {
        kind: ref.kind,
        words: [...ref.words],
        keyWords: words,
        titles: [],
        forms: [],
        seenAt: [],
      };
      this.entities.push(entity);
    }
    if (ref.kind === 'organisation') entity.kind = 'organisation';
    if (ref.title && !entity.titles.includes(ref.title)) entity.titles.push(ref.title);
    if (ref.gender) entity.gender = ref.gender;
    this.addForm(entity, ref.words.join(' '));
    this.seen(entity, at);
    return { entity, backReference };
  }

  /**
   * The one described so ("a senior White House official" → `senior White House official`): the same
   * description again, else someone new, apart from everyone named. Without the rank the
   * description is a form of theirs, by which a user asks for them ("White House official").
   */
  described(words: readonly string[], at: number): Entity {
    const key = words.map(keyOf).join(' ');
    let entity = this.newest((e) => e.described === true && e.keyWords.join(' ') === key);
    if (!entity) {
      const ranked = SOURCE_RANKS.has(words[0]?.toLowerCase() ?? '') && words.length > 1;
      entity = {
        kind: 'person',
        words: [...words],
        keyWords: key.split(' '),
        titles: [],
        forms: ranked ? [words.slice(1).join(' ')] : [],
        described: true,
        seenAt: [],
      };
      this.entities.push(entity);
    }
    this.seen(entity, at);
    return entity;
  }

  /**
   * The one described last whose description has the role noun and its qualifiers: "the official
   * said" after "a Commerce Ministry official told Reuters" is that official.
   */
  describedAs(ref: RoleRef, at: number): Entity | null {
    // The noun ends the description, or comes right before the body named after it ("senior official
    // from the Ministry of Commerce").
    // "the source" is any of them: an informant described as a diplomat or an official before.
    const noun = (word?: string) => ref.head === INFORMANT || word?.replace(/s$/, '') === ref.head.replace(/s$/, '');
    const head = (e: Entity) =>
      noun(e.keyWords.at(-1)) || e.keyWords.some((w, i) => noun(w) && BODY_LINKS.has(e.keyWords[i + 1] ?? ''));
    const qualified = (e: Entity) => ref.qualifiers.every((q) => isDescriptive(q) || e.keyWords.includes(keyOf(q)));
    return this.newest((e) => e.described === true && head(e) && qualified(e), at) ?? null;
  }

  /**
   * The full name of the one person of a joint speaker ("Donald Trump and Keir Starmer announced …")
   * whose first or last name a lone word is: "Starmer said" later in the story is Starmer alone.
   */
  private jointMember(word: string): string[] | undefined {
    const joint = this.newestNamed(isJoint);
    if (!joint) return undefined;
    const members = membersOf(joint)
      .map((name) => name.split(' '))
      .filter((m) => m.length > 1);
    const matching = members.filter((m) => {
      const ends = nameEnds(m.map(keyOf));
      return ends.first === word || ends.last === word;
    });
    return matching.length === 1 ? matching[0] : undefined;
  }

  /** Whether a one-word name is someone already named: the same name, or a first, last or middle name of a person's. */
  knows(ref: NameRef): boolean {
    const word = keyOf(ref.words.join(' '));
    return (
      this.entities.some((e) => {
        if (e.described) return false;
        if (e.keyWords.join(' ') === word) return true;
        const ends = nameEnds(e.keyWords);
        return e.kind === 'person' && e.keyWords.length > 1 && [ends.first, ends.last, ...ends.inner].includes(word);
      }) || this.misspelt(word) !== undefined
    );
  }

  /**
   * The one person named in full whose surname a lone word misses by a letter ("Lang" after "Bernd
   * Lange", "Lutnik" for "Lutnick"): news introduces everyone by full name before the surname alone,
   * so a surname no one was introduced by, a typo away from one who was, is that person. Short
   * names and two candidates are left alone: "Li" and "Lu" are different people.
   */
  private misspelt(word: string): Entity | undefined {
    if (word.length < MIN_TYPO_LENGTH) return undefined;
    const near = this.entities.filter((e) => {
      const last = nameEnds(e.keyWords).last;
      return (
        e.kind === 'person' &&
        !e.described &&
        e.keyWords.length > 1 &&
        last.length >= MIN_TYPO_LENGTH &&
        last[0] === word[0] &&
        editDistance(last, word) === 1
      );
    });
    return near.length === 1 ? near[0] : undefined;
  }

  /**
   * The latest person whose title has the role noun and its qualifiers ("the Treasury secretary" →
   * "U.S. Treasury Secretary Scott Bessent"), or the latest organisation whose name has it ("the
   * ministry"); a generic organisation noun ("the company") takes the latest organisation. `rival`,
   * when seen later than that one, is taken instead. Only what was named before `at` counts: "the
   * group urged the government" is not the government. A bare body noun ("the court") is first the
   * body of that noun put forward in the sentences `recent` spans ("The Supreme Court struck down …,
   * overturning a ruling by the Court of International Trade"), not the one named last.
   */
  role(
    ref: RoleRef,
    at: number,
    rival: Entity | null = null,
    recent?: { sentence: number; earliest: number },
  ): Entity | null {
    const fits = (open: boolean) => (e: Entity) => {
      if (e.kind !== ref.kind) return false;
      if (e.kind === 'person') return e.titles.some((t) => titleFits(t, ref, open));
      if (e.keyWords.includes(ref.head)) return true;
      if (COMPANY_NOUNS.has(ref.head)) return e.keyWords.some((w) => COMPANY_NOUNS.has(w));
      // "the agency", "the company" are not a country; "the government" may be, "the bloc" is a bloc.
      const name = e.words.join(' ');
      if (ref.head === 'bloc') return isBloc(name);
      return GENERIC_ORGANISATIONS.has(ref.head) && (GOVERNMENT_NOUNS.has(ref.head) || !isCountry(name));
    };
    // A body whose name has the role's qualifiers too ("the appeals court": "Court of Appeals for the
    // Federal Circuit", not the trade court named after it).
    const described = ref.qualifiers.filter((q) => !isDescriptive(q));
    const qualified = (e: Entity) =>
      e.kind === 'organisation' && e.keyWords.includes(ref.head) && described.every((q) => e.keyWords.includes(q));
    // A title that names the country before one that names none ("the Chinese leader": "Chinese
    // President Xi Jinping", not "President Donald Trump" named after him).
    const fitting =
      (ref.kind === 'organisation' && described.length > 0 ? this.newest(qualified, at) : null) ??
      this.newest(fits(false), at) ??
      this.newest(fits(true), at);
    const before = (e: Entity | undefined) => (e ? seenBefore(e, at) : -1);
    const named = (e: Entity) => e.kind === 'organisation' && e.keyWords.includes(ref.head);
    // So is a bare title of a person ("the president said"): the holder the recent sentences put
    // forward ("Brazilian President Lula rejected the tariff, after US President Trump raised it"),
    // not the one named last.
    const putForward =
      recent && ref.qualifiers.length === 0
        ? ref.kind === 'organisation'
          ? this.antecedent('organisation', undefined, recent.sentence, at, recent.earliest, named)
          : this.antecedent('person', undefined, recent.sentence, at, recent.earliest, fits(false))
        : null;
    const entity = putForward ?? (rival && before(rival) > before(fitting) ? rival : (fitting ?? null));
    if (entity) this.addForm(entity, `the ${ref.text}`);
    return entity;
  }

  /**
   * The two governments last named, speaking together ("the two countries said"), as one speaker
   * named after both, in the order the article last named them: "United States and India".
   */
  joint(at: number): Entity | null {
    // A country and its capital ("Japan … in Tokyo") are one party.
    const names = [
      ...new Set(
        this.entities
          .filter((e) => e.kind === 'organisation')
          .sort((a, b) => seenBefore(b, Infinity) - seenBefore(a, Infinity))
          .map((e) => countryName(e.words.join(' ')))
          .filter((name): name is string => name !== null),
      ),
    ].slice(0, 2);
    if (names.length < 2) return null;
    const words = names.reverse().join(' and ').split(' ');
    return this.name({ type: 'name', kind: 'organisation', words }, at).entity;
  }

  /** Records that sentence `sentence` mentions `entity` at `at`. */
  note(
    sentence: number,
    entity: Entity,
    at: number,
    role: { subject: boolean; speaker: boolean; trailing?: boolean },
  ): void {
    const notes = this.notes.get(sentence) ?? [];
    notes.push({ entity, at, ...role });
    this.notes.set(sentence, notes);
    this.seen(entity, at);
  }

  /**
   * What a pronoun at `at` in sentence `sentence` refers to: going back sentence by sentence to
   * `earliest`, the last speaker quoted in a sentence, else its first subject, of the pronoun's
   * kind (any, when undefined) and not of the other gender.
   */
  antecedent(
    kind: SpeakerKind | undefined,
    gender: Gender | undefined,
    sentence: number,
    at: number,
    earliest: number,
    fits: (e: Entity) => boolean = () => true,
  ): Entity | null {
    for (let s = sentence; s >= earliest; s--) {
      const fitting = (this.notes.get(s) ?? []).filter(
        (n) =>
          (s < sentence || n.at < at) &&
          (kind === undefined || n.entity.kind === kind) &&
          !(gender && n.entity.gender && n.entity.gender !== gender) &&
          fits(n.entity),
      );
      const speaker = fitting.filter((n) => n.speaker).pop();
      const subject = fitting.find((n) => n.subject);
      // "Gan said Lutnick explained it was “not likely …”": words reported inside someone's report
      // stay there; a pronoun after them is the reporter's, whose sentence it was. Not a speaker
      // named after the words ("Trump “did ask …”, Dufour disclosed"): the subject is inside them.
      const reporter =
        speaker && !speaker.subject && !speaker.trailing && subject && subject.at < speaker.at ? subject : undefined;
      const found = reporter ?? speaker ?? subject;
      if (found) {
        if (gender && !found.entity.gender) found.entity.gender = gender;
        return found.entity;
      }
    }
    return null;
  }

  /** The last one of `kind` (and not of the other gender) quoted in sentences `earliest` to `sentence` before `at`. */
  lastSpeaker(kind: SpeakerKind, sentence: number, at: number, earliest: number, gender?: Gender): Entity | null {
    for (let s = sentence; s >= earliest; s--) {
      const quoted = (this.notes.get(s) ?? []).filter(
        (n) =>
          n.speaker &&
          n.entity.kind === kind &&
          !(gender && n.entity.gender && n.entity.gender !== gender) &&
          (s < sentence || n.at < at),
      );
      const found = quoted.pop();
      if (found) return found.entity;
    }
    return null;
  }

  /**
   * The last of `kind` (and not of the other gender) named in sentence `sentence` before `at`,
   * whatever its role there ("Starmer's remarks, where he …").
   */
  namedEarlierIn(kind: SpeakerKind, gender: Gender | undefined, sentence: number, at: number): Entity | null {
    const named = (this.notes.get(sentence) ?? []).filter(
      (n) => n.at < at && n.entity.kind === kind && !(gender && n.entity.gender && n.entity.gender !== gender),
    );
    return named.pop()?.entity ?? null;
  }

  /** The one of `kind` (and not of the other gender) that `fits` named last from position `since` to `at`. */
  lastNamed(kind: SpeakerKind, gender: Gender | undefined, since: number, at: number, fits: (e: Entity) => boolean) {
    const named = (e: Entity) =>
      e.kind === kind && !(gender && e.gender && e.gender !== gender) && seenBefore(e, at) >= since && fits(e);
    return this.newest(named, at) ?? null;
  }

  /** The names of the people named with more than one word. */
  fullNames(): string[][] {
    return this.entities.filter((e) => e.kind === 'person' && !e.described && e.words.length > 1).map((e) => e.words);
  }

  /** The named entity (not one only described) that `fits` mentioned most recently. */
  private newestNamed(fits: (e: Entity) => boolean, at = Infinity): Entity | undefined {
    return this.newest((e) => !e.described && fits(e), at);
  }

  /** The entity that `fits` mentioned most recently (before `at`, when given). */
  private newest(fits: (e: Entity) => boolean, at = Infinity): Entity | undefined {
    let found: Entity | undefined;
    let foundAt = -1;
    for (const e of this.entities) {
      const last = seenBefore(e, at);
      if (last >= 0 && fits(e) && (!found || last > foundAt)) [found, foundAt] = [e, last];
    }
    return found;
  }

  private seen(entity: Entity, at: number): void {
    entity.seenAt.push(at);
  }

  private addForm(entity: Entity, form: string): void {
    const normal = normaliseName(form);
    if (!entity.forms.some((f) => f.toLowerCase() === normal.toLowerCase())) entity.forms.push(normal);
  }
}
