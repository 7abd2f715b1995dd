import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list line may carry a note after its rate ("Chad – 18% (lowest in the region)", "Peru – 22% –
 * 22" where a page's second column is copied) or end with the joiner of a list written as a
 * sentence ("Oman – 27%; and"): the lines after it are still items under the list's lead-in. Lines
 * written for this test.
 */
describe('list lines with a note after the rate', () => {
  const paragraphs = [
    'The order sets new tariffs on a dozen partners, the steepest below.',
    'Partners with the steepest duties',
    'Chad – 18% (lowest in the region)',
    'Oman – 27%; and',
    'Peru – 22% – 22',
    'Chile – 21%',
    'Norway – 16%',
  ];

  it('rates every line after the note', () => {
    const rates = articleRates(paragraphs, '2026-09-01');
    expect(rates).toContain('United States → Oman 27% current');
    expect(rates).toContain('United States → Chile 21% current');
    expect(rates).toContain('United States → Norway 16% current');
  });

  it('answers /tariff norway with the line’s rate', async () => {
    const corpus = newCorpus('console-list-notes-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
    expect(await embedsText(corpus, '/tariff norway')).toMatch(/\*\*16%\*\*/);
  });
});
