import { sentenceText, type Article } from '../corpus/article.ts';
import { HOME_COUNTRY } from '../geo/countries.ts';
import { delayedStart } from './delays.ts';
import { datedAt } from './effective.ts';
import { HAS_PERCENT } from './percentages.ts';
import type { RateStatement } from './rate-statement.ts';
import { roledMentions } from './roles.ts';

/**
 * A pause told before the rates it holds. News leads with the pause and tells the rates it holds
 * after it: "Trump agreed Monday to a 30-day pause on his tariff threats against Mexico and Canada.
 * … On Saturday, Trump had directed 25% tariffs on imports from Mexico and Canada." The rates told
 * after, as ordered or to come, are paused, whatever tense tells the order.
 */
const PAUSE =
  /\b(?:paus(?:e|es|ed|ing)|suspen(?:d|ds|ded|ding|sion)|postpon(?:e|es|ed|ing|ement)|delay(?:s|ed|ing)?|reprieve|put\s+on\s+hold)\b/iu;
const TARIFFS = /\b(?:tariffs?|duties|levies|levy)\b/iu;
/** A pause denied, ended or only wished for: "refused to pause", "the pause ends July 9", "could delay". */
const NO_PAUSE =
  /\b(?:no|not|never|refus\w*|reject\w*|ruled\s+out|without|end(?:s|ed|ing)?|expir\w*|lift(?:s|ed|ing)?|would|could|may|might|if|unless|seeks?|asked|urged|calls?\s+for)\b|n['’]t\b/iu;
/** Partners a pause leaves out: "except China", "with the exception of China". */
const LEFT_OUT = /\b(?:except|excluding|other\s+than|apart\s+from|but\s+not|exception\s+of)\b/iu;
/** A rate's sentence telling a change of level ("raised it to 145%", "had exceeded 100%"): the pause does not hold that level. */
const CHANGE =
  /\b(?:rais|hik|increas|lower|cut|reduc|doubl|halv|reach|exceed|surpass|climb|soar|peak|drop|fell|fall|slash|bump|escalat)\w*/iu;

/**
 * A rate told as an order given ("the orders that imposed a 25 percent tariff on goods from Canada"),
 * not as one still charged: in the simple past it reads as in force, but the pause told before holds it.
 */
const ORDERED = /\b(?:imposed|ordered|directed|signed|slapped|announced)\b/iu;
const STILL_CHARGED =
  /\b(?:still|already|remain\w*|continu\w*|in\s+(?:force|effect|place)|took\s+effect|went\s+into\s+effect|kicked\s+in)\b/iu;

/** The partners a sentence tells the home country's tariffs on as paused; none where it tells no such pause. */
function pausedIn(sentence: string, published: string): string[] {
  if (!PAUSE.test(sentence) || !TARIFFS.test(sentence) || NO_PAUSE.test(sentence)) return [];
  // A start put off to a day is a start to come, not a pause; a pause dated long ago may be over.
  if (delayedStart(sentence, published) || datedAt(sentence, published)) return [];
  const out = LEFT_OUT.exec(sentence)?.index ?? sentence.length;
  return roledMentions(sentence)
    .filter((m) => m.role === 'target' && m.country !== HOME_COUNTRY && m.start < out)
    .map((m) => m.country);
}

/**
 * The home country's rates on partners an earlier sentence tells paused (a sentence with no rate of
 * its own: one with a rate is its own sentence's to read), told after it as ordered or to come and
 * not as a change of level, are suspended.
 */
export function markPausedPartners(article: Article, statements: RateStatement[]): void {
  const paused = new Set<string>();
  for (const passage of article.passages)
    for (const span of passage.sentences) {
      const sentence = sentenceText(passage, span);
      for (const statement of statements)
        if (
          statement.passageId === passage.id &&
          statement.sentence === sentence &&
          statement.imposer === HOME_COUNTRY &&
          paused.has(statement.target) &&
          (statement.status === 'previous' ||
            statement.status === 'scheduled' ||
            (statement.status === 'current' && ORDERED.test(sentence) && !STILL_CHARGED.test(sentence))) &&
          !CHANGE.test(sentence) &&
          !statements.some(
            (other) =>
              other.sentence === sentence &&
              other.target === statement.target &&
              other.percent !== statement.percent &&
              !other.products === !statement.products,
          )
        )
          statement.status = 'suspended';
      if (!HAS_PERCENT.test(sentence)) for (const partner of pausedIn(sentence, article.published)) paused.add(partner);
    }
}
