import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list line may say what its name stands for after it ("20% on European Union member states",
 * "10% on Peru goods"): the name is still the partner the line rates. Lines written for this test.
 */
describe('a list line whose name is followed by what it stands for', () => {
  const paragraphs = [
    'The new duties hit a dozen trading partners, including:',
    '32% on Chile',
    '20% on European Union member states',
    '10% on Peru goods',
  ];

  it('rates each line’s partner', () => {
    const rates = articleRates(paragraphs, '2026-09-01');
    expect(rates).toContain('United States → European Union 20% current');
    expect(rates).toContain('United States → Peru 10% current');
  });

  it('answers /tariff eu with the line’s rate', async () => {
    const corpus = newCorpus('console-list-whose-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
    expect(await embedsText(corpus, '/tariff eu')).toMatch(/\*\*20%\*\*/);
  });
});
