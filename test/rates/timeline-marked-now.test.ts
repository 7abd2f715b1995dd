/**
 * One article tells two levels of a direction's goods in general, on one day: a deal "setting" a new
 * rate, and the level it marks as the one "currently imposed". The marked level is in force; and the
 * old level of a sector's change ("set at 15%, down from the 27.5% tariff currently in effect") keeps
 * the sector's goods, so it is no general level to rival it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { RateStatement } from '../../src/rates/rate-statement.ts';
import { rateInForce } from '../../src/rates/timeline.ts';
import { tariffPeru } from '../helpers/tariff.ts';
import { storyCorpus } from './article-rates.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';
import { join } from 'node:path';

const statement = (percent: number, sentence: string): RateStatement => ({
  imposer: 'United States',
  target: 'Peru',
  published: '2026-07-23',
  passageId: 'p1',
  paragraph: 1,
  articleId: 'deal',
  percent,
  status: 'current',
  sentence,
});

const deal = [
  'Lima and Washington have concluded a trade agreement setting the US tariff on Peruvian goods at 15%, the minister said on Wednesday.',
  'The US levy on automobile imports from Peru will be set at 15%, down from the 27.5% tariff currently in effect.',
  'The new rate is higher than the 10% tariff currently imposed on Peruvian goods.',
];

describe('a level marked as the one holding now beside a deal of the same day', () => {
  it('holds against the level the deal sets', () => {
    const statements = [statement(15, deal[0]!), statement(10, deal[2]!)];
    expect(rateInForce(statements, 'United States', 'Peru', '2026-07-23')?.percent).toBe(10);
  });

  it('gives the old level of a sector change the sector goods', () => {
    const rates = loadCorpus(join(storyCorpus([deal[1]!], '2026-07-23'), 'articles')).articles.flatMap(extractRates);
    expect(rates.find((r) => r.percent === 27.5)?.products).toEqual(['autos']);
  });

  it('is what /tariff shows', async () => {
    const { line } = await tariffPeru([['2026-07-23', deal]]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
  });
});
