/**
 * Classes of news wording found on the second round's sets (stop 28), each in text written for
 * this test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';

/** "imposer → target percent status" for each statement of an article made of `paragraphs`. */
function articleRates(paragraphs: string[], published = '2025-07-10'): string[] {
  const corpus = mkdtempSync(join(tmpdir(), 'rates-round2-'));
  writeFileSync(
    join(corpus, `${published}-story.md`),
    ['---', 'title: Tariff list', 'outlet: Harbor Wire', `published: ${published}`, '---', '', ...paragraphs, ''].join(
      '\n\n',
    ),
  );
  return loadCorpus(corpus)
    .articles.flatMap(extractRates)
    .map((r) => `${r.imposer} → ${r.target} ${r.percent}% ${r.status}`);
}

describe('a list of countries and rates', () => {
  it('gives each listed country its rate when the lines before the list speak of tariffs', () => {
    expect(
      articleRates([
        'The White House published the duties each partner now pays. The tariffs differ widely:',
        '• Peru – 12%',
        '• Ghana – 18%',
        'Chile: 14%',
      ]),
    ).toEqual([
      'United States → Peru 12% current',
      'United States → Ghana 18% current',
      'United States → Chile 14% current',
    ]);
  });

  it('reads no rate from a list under lines that speak of no tariff', () => {
    expect(articleRates(['Growth forecasts for next year vary by economy:', '• Peru – 3%', '• Ghana – 5%'])).toEqual(
      [],
    );
  });
});
