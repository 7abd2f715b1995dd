import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';
import { storyCorpus } from './article-rates.ts';

/**
 * Goods a sentence exempts from a rate before naming it ("goods compliant with the pact stay exempt
 * from the 25% tariffs") are what the rate spares, not what it is charged on: the rate is on the
 * partner's other goods, with no limit of the pact. Goods it charges ("goods not compliant with the
 * pact face 25%") keep theirs. Asked through the console as a user asks, on sentences written for
 * this test.
 */
describe('goods exempted from a rate before it', () => {
  const scopes = (sentence: string) =>
    loadCorpus(join(storyCorpus([sentence], '2026-09-01'), 'articles'))
      .articles.flatMap(extractRates)
      .map((r) => `${r.target} ${r.percent}% ${r.scope ?? 'no limit'}`);

  it('are no limit on the rate they are exempt from', async () => {
    const story = [
      'Lima said Peruvian goods compliant with the pact will continue to be exempt from the 25% tariffs Washington imposed in March.',
    ];
    expect(scopes(story[0] as string)).toEqual(['Peru 25% no limit']);
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods/);
    expect(line).not.toMatch(/compliant/);
  });

  it('leave the limit of goods the rate is charged on', () => {
    expect(scopes('Peruvian goods not compliant with the pact face the 25% tariff.')).toEqual([
      'Peru 25% not compliant with the pact',
    ]);
  });
});
