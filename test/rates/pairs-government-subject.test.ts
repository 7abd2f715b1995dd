import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/** `/tariff chile` asked through the console, as a user asks, of one article of `paragraphs`. */
function tariffChile(paragraphs: string[]): Promise<string> {
  const corpus = newCorpus('console-government-subject-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
  return embedsText(corpus, '/tariff chile');
}

/**
 * A government body named as a country's own ("Peru's trade ministry", "Peru's Ministry of
 * Commerce") that imposes acts for that country: the rates the next sentences tell on the same
 * partner are Peru's, not the home country's. Sentences written for this test.
 */
describe('/tariff on a country’s ministry as the subject that imposes', () => {
  it('leaves the duty "Peru’s trade ministry" imposed on Chile out of the US rates', async () => {
    const story = [
      'Peru’s trade ministry on Sunday imposed anti-dumping duties on steel wire originating from Chile.',
      'The duty rate for Chilean companies is 42.5 percent, the statement said.',
    ];
    expect(await tariffChile(story)).not.toMatch(/42\.5%/);
    expect(articleRates(story, '2026-09-01')).toEqual(['Peru → Chile 42.5% current']);
  });

  it('reads "Peru’s Ministry of Commerce announced the imposition of" the same way', () => {
    expect(
      articleRates(
        [
          'Peru’s Ministry of Commerce announced on Friday the imposition of duties on copper rod imported from Chile and Bolivia.',
          'Chilean firms will pay 18 percent from Monday.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['Peru → Chile 18% scheduled']);
  });

  it('keeps a government that reports bearing a rate as its target: "announced Friday it negotiated 19%"', () => {
    expect(
      articleRates(
        ['Peru’s government announced Friday it successfully negotiated a 19% tariff rate with the United States.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 19% scheduled']);
  });
});

/**
 * A government whose own steps lead to imposing ("decided to renew 25% tariffs", "is considering
 * imposition of", "made a decision to impose") imposes; one that asks another to impose does not.
 */
describe('/tariff on a government whose own steps lead to imposing', () => {
  it('reads "Peru’s government … decided to renew 25% tariffs" on steel products as Peru’s rate on all countries', () => {
    expect(
      articleRates(
        ['Peru’s government on Tuesday decided to renew 25% tariffs first imposed last year on 19 steel products.'],
        '2026-09-01',
      ),
    ).toEqual(['Peru → all countries 25% current']);
  });

  it('leaves the duty a government "is considering imposition of" on Chile out of the US rates', async () => {
    const story = [
      'The Peruvian government is considering imposition of a safeguard duty on copper rod from Chile.',
      'The duty on Chilean mills would be 18 percent.',
    ];
    expect(await tariffChile(story)).not.toMatch(/18%/);
    expect(articleRates(story, '2026-09-01')).toEqual(['Peru → Chile 18% scheduled']);
  });

  it('keeps a rate a government "urged the administration to impose" as no rate of its own', () => {
    expect(
      articleRates(['Peru’s government urged the administration to impose 25% tariffs on Chile.'], '2026-09-01'),
    ).toEqual(['United States → Chile 25% current']);
  });
});
