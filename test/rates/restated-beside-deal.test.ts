/**
 * A follow-up on a deal that an earlier article already told as in force: the follow-up tells the
 * deal's level as still to come ("will see tariffs cut to 15%") and, in a sentence of its own,
 * restates the level the deal replaced as holding ("has had … since May"). The restated level is
 * background to the same deal, not news that the deal has not happened: the deal's level stays in
 * force. Where the old level's own sentence tells the change as still to come, it is such news
 * (see test/console/change-not-started.test.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';
import { rateInForce } from '../../src/rates/timeline.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const stories: [string, string[]][] = [
  ['2026-05-10', ['The US will raise its tariff on Peruvian goods to 40% from 20%, starting May 20.']],
  [
    '2026-08-24',
    ['Effective immediately, Peruvian goods face a reduced US tariff of 15%, the president wrote on Monday.'],
  ],
  [
    '2026-08-27',
    [
      'The deal will see US tariffs on Peruvian goods cut to 15%, officials said.',
      'Since May, Peru has had some of the highest tariffs in the region after Washington increased duties on Peruvian goods from 20% to 40% in the spring.',
    ],
  ],
];

function statementsOf(articles: [string, string[]][]) {
  const corpus = newCorpus('rates-restated-deal-');
  articles.forEach(([date, paragraphs], i) =>
    writeArticle(corpus, `${date}-story-${i}`, `Story ${i}`, date, paragraphs),
  );
  return loadCorpus(join(corpus, 'articles')).articles.flatMap(extractRates);
}

describe('an old level restated beside a deal an older article told as in force', () => {
  it('leaves the deal level in force', () => {
    expect(rateInForce(statementsOf(stories), 'United States', 'Peru', '2026-08-28')?.percent).toBe(15);
  });

  it('keeps the old level when no earlier article told the deal as in force', () => {
    expect(rateInForce(statementsOf([stories[0]!, stories[2]!]), 'United States', 'Peru', '2026-08-28')?.percent).toBe(
      40,
    );
  });

  it('is what /tariff shows', async () => {
    const { line } = await tariffPeru(stories);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods/);
  });
});
