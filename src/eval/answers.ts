/**
 * `/ask`'s direct answer on the headline points: for each, a plainly worded question about the
 * rate the imposer charges the target now, asked of the articles up to that point (the clock is
 * that article's date); right when the answer gives a rate as charged and its number is one the
 * labels accept (a level told as still to come is no rate in force, whatever its number).
 */
import { directAnswer } from '../ask/direct-answer.ts';
import { countryNamed, HOME_COUNTRY, nameInText } from '../geo/countries.ts';
import { splitOf, type Dataset, type Split } from './dataset.ts';
import { knowledgeUpTo } from './corpus.ts';
import { countBySplit, figuresBySplit, type Miss, type SectionResult } from './score.ts';

/** "What tariff does the United States charge on Chinese goods now?" */
export function nowQuestion(imposer: string, target: string): string {
  const demonym = countryNamed(target)?.demonyms[0];
  const goods = demonym ? `${demonym} goods` : `goods from ${nameInText(target)}`;
  return `What tariff does ${nameInText(imposer)} charge on ${goods} now?`;
}

export function evaluateAnswers(dataset: Dataset): SectionResult {
  const points: { split: Split; right: boolean }[] = [];
  const misses: Miss[] = [];
  for (const point of dataset.gold.headline) {
    const { kb, date } = knowledgeUpTo(dataset, point.asOf);
    const question = nowQuestion(point.imposer, point.target);
    const answer = directAnswer(kb, question, new Date(`${date}T23:59:59Z`));
    const got =
      answer?.kind === 'rate' && !answer.toCome ? Number(/(\d+(?:\.\d+)?)%/.exec(answer.text)?.[1]) : undefined;
    const right = got !== undefined && point.percent.includes(got);
    const split = splitOf(point.asOf);
    points.push({ split, right });
    if (!right)
      misses.push({
        file: point.asOf,
        split,
        text: `“${question}” (${point.imposer === HOME_COUNTRY ? 'home charges' : 'partner charges'}): got ${answer ? `“${answer.text}”` : 'no answer'}, want ${point.percent.join(' or ')}%`,
      });
  }
  return {
    section: 'answers',
    figures: figuresBySplit([countBySplit('direct answer with the right rate', points, (p) => p.right)]),
    misses,
  };
}
