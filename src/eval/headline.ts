/**
 * The general rate in force each way, as `/tariff` gives it, against what a careful reader calls it
 * after each labelled article: only the articles up to that one are in the corpus, and the rate is
 * asked for as of that article's date, through the same timeline `/tariff` uses.
 */
import { HOME_COUNTRY } from '../geo/countries.ts';
import { pairRates } from '../rates/current.ts';
import { splitOf, type Dataset, type Split } from './dataset.ts';
import { knowledgeUpTo } from './corpus.ts';
import { countBySplit, figuresBySplit, type Miss, type SectionResult } from './score.ts';

export function evaluateHeadlines(dataset: Dataset): SectionResult {
  const points: { split: Split; right: boolean }[] = [];
  const misses: Miss[] = [];
  for (const point of dataset.gold.headline) {
    const { kb, date } = knowledgeUpTo(dataset, point.asOf);
    const partner = point.imposer === HOME_COUNTRY ? point.target : point.imposer;
    const [homeCharges, partnerCharges] = pairRates(kb.rates, partner, date);
    const direction = point.imposer === HOME_COUNTRY ? homeCharges : partnerCharges;
    const got = direction.headline?.percent;
    const right = got !== undefined && point.percent.includes(got);
    points.push({ split: splitOf(point.asOf), right });
    if (!right)
      misses.push({
        file: point.asOf,
        split: splitOf(point.asOf),
        text: `${point.imposer} → ${point.target}: got ${got === undefined ? 'none' : `${got}%`}, want ${point.percent.join(' or ')}%${direction.headline ? ` from “${direction.headline.sentence}”` : ''}`,
      });
  }
  return {
    section: 'headline',
    figures: figuresBySplit([countBySplit('rate in force right', points, (p) => p.right)]),
    misses,
  };
}
