import { articleRef, sentenceText, type Article } from '../corpus/article.ts';
import { ANCHOR_EVENTS, DEFAULT_TOPIC, EXTENSION_WORDS, PAUSE_CUES, TOPICS, TRADE_WORDS, UNIT_DAYS } from './cues.ts';
import { datesIn, EXTENSION, type DateMention } from './dates.ts';
import type { DeadlineSource } from './deadline.ts';
import { durationsIn } from './durations.ts';
import { partiesIn, withHomeParty, HOME_PARTY } from './parties.ts';
import { addDays } from './time.ts';
import { phraseAlternation } from '../text/patterns.ts';

/**
 * One sentence that gives (or used to give) the end date of a pause. Mentions with the same `key`
 * (what is paused, between whom) are one deadline; see `group.ts`.
 */
export interface DeadlineMention {
  key: string;
  parties: string[];
  topic: string;
  /** "truce", "pause", …: what the article calls it. */
  noun: string;
  /** The end date it gives, if it gives one (a sentence may only say what the date used to be). */
  date?: string;
  approximate: boolean;
  /** Days added to the previous end date ("extended by another 90 days"); `date` counts from the article when there is none. */
  extendsBy?: number;
  /** The sentence extends a pause: it outranks other sentences of the same day. */
  extension: boolean;
  /** End dates the sentence says were replaced ("was due to expire on Aug. 12"). */
  former: string[];
  sentence: string;
  article: DeadlineSource;
  /** Sentence position in the article, for a stable order. */
  position: number;
}

const word = (words: readonly string[]) => new RegExp(`\\b(?:${phraseAlternation(words)})\\b`, 'i');
const PAUSE = new RegExp(PAUSE_CUES.map((c) => `\\b(?<${c.noun}>${phraseAlternation(c.words)})\\b`).join('|'), 'i');
const TRADE = word(TRADE_WORDS);
/** Cheap first test on a whole paragraph: anything that could start a deadline sentence. */
const CANDIDATE = word([
  ...PAUSE_CUES.flatMap((c) => c.words),
  ...EXTENSION_WORDS,
  ...Object.keys(UNIT_DAYS).flatMap((u) => [u, `${u}s`]),
]);
const TOPIC_PATTERNS = TOPICS.map((t) => ({ topic: t, pattern: word(t.words) }));
const ANCHOR_PHRASE = new RegExp(
  `\\b(?:after|following|since)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(${phraseAlternation(ANCHOR_EVENTS)})\\b`,
  'i',
);

/** The pause noun a text uses first, if any. */
function pauseNoun(text: string): string | undefined {
  const groups = PAUSE.exec(text)?.groups ?? {};
  return Object.keys(groups).find((noun) => groups[noun] !== undefined);
}

function topicOf(sentence: string) {
  let best: { topic: (typeof TOPICS)[number]; index: number } | undefined;
  for (const { topic, pattern } of TOPIC_PATTERNS) {
    const index = sentence.search(pattern);
    if (index >= 0 && (!best || index < best.index)) best = { topic, index };
  }
  return best?.topic ?? DEFAULT_TOPIC;
}

/** A date right next to the event a duration starts from: "the May 12 talks", "talks in Geneva on May 12". */
function eventDater(event: string): (sentence: string, published: string) => string | undefined {
  const named = new RegExp(`\\b${event}\\b`, 'i');
  const after = new RegExp(`^\\s*(?:[\\w-]+\\s+)?${event}\\b`, 'i');
  const before = new RegExp(`\\b${event}\\s+(?:[\\w-]+\\s+){0,3}?(?:on\\s+)?$`, 'i');
  return (sentence, published) => {
    if (!named.test(sentence)) return undefined;
    const near = (d: DateMention) => after.test(sentence.slice(d.end)) || before.test(sentence.slice(0, d.start));
    return datesIn(sentence, published).find(near)?.date;
  };
}

/** Where a duration starts: a date in its sentence, else the dated event it follows, else the article's date. */
function durationStart(
  sentence: string,
  dates: DateMention[],
  earlier: readonly string[],
  published: string,
  definite: boolean,
): string | undefined {
  const own = dates.find((d) => d.role === 'other');
  if (own) return own.date;
  const event = ANCHOR_PHRASE.exec(sentence)?.[1]?.toLowerCase();
  if (event) {
    const dateOf = eventDater(event);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const date = dateOf(earlier[i] ?? '', published);
      if (date) return date;
    }
  }
  // "the 90-day pause" began on a date we were not told: better no date than a wrong one.
  return definite ? undefined : published;
}

/** Parties of a sentence, else of its paragraph, else of the title; a lone foreign party is with the US. */
function partiesOf(sentence: string, paragraph: string, title: string): string[] {
  const found = [sentence, paragraph, title].map(partiesIn).find((p) => p.length > 0) ?? [HOME_PARTY];
  return withHomeParty(found);
}

/** The deadline mentions of one article, in reading order. */
export function extractMentions(article: Article): DeadlineMention[] {
  const mentions: DeadlineMention[] = [];
  const earlier: string[] = [];
  let articleNoun: string | undefined;
  for (const passage of article.passages) {
    const candidate = CANDIDATE.test(passage.text);
    for (const span of passage.sentences) {
      const sentence = sentenceText(passage, span);
      const position = earlier.push(sentence);
      if (!candidate) continue;
      const noun = pauseNoun(sentence);
      articleNoun ??= noun;
      // Without a pause word, only an extension or a duration of trade measures counts.
      if (!noun && !TRADE.test(sentence)) continue;
      const extension = EXTENSION.test(sentence);
      const durations = durationsIn(sentence);
      if (!noun && !extension && durations.length === 0) continue;

      const dates = datesIn(sentence, article.published, durations);
      const ends = dates.filter((d) => d.role === 'end');
      const former = dates.filter((d) => d.role === 'former').map((d) => d.date);
      const lastEnd = ends.at(-1);
      const duration = durations[0];
      let found: Pick<DeadlineMention, 'date' | 'approximate' | 'extendsBy'> | undefined;
      if (lastEnd) found = { date: lastEnd.date, approximate: false };
      else if (duration?.more)
        found = { date: addDays(article.published, duration.days), approximate: true, extendsBy: duration.days };
      else if (duration) {
        const start = durationStart(sentence, dates, earlier.slice(0, -1), article.published, duration.definite);
        if (start) found = { date: addDays(start, duration.days), approximate: true };
      }
      if (!found && former.length === 0) continue;

      const parties = partiesOf(sentence, passage.text, article.title);
      const topic = topicOf(sentence);
      mentions.push({
        key: [...parties, topic.id].join('-'),
        parties,
        topic: topic.label,
        noun: noun ?? articleNoun ?? 'pause',
        ...(found ?? { approximate: false }),
        extension,
        former,
        sentence,
        article: { ...articleRef(article), paragraph: passage.paragraph },
        position,
      });
    }
  }
  return mentions;
}
