import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * News gives a person's office once, before the name ("Growers' union chief Tendai Moyo"), and then
 * names the person alone ("Moyo said") or the office alone ("the union chief also asked"). A
 * question may name either: the paragraph counts for the other too.
 */
describe('/ask with a person whose office the article gives once', () => {
  const corpus = newCorpus('ask-titled-');
  writeArticle(corpus, '2026-08-20-zimbabwe', 'Tobacco growers fear US levy', '2026-08-20', [
    'Tobacco growers in Zimbabwe fear a new 20 percent US tariff on their leaf, which starts in October.',
    "Growers' union chief Tendai Moyo met officials in Harare on Tuesday to discuss the levy.",
    'The union chief also asked the government for cheaper loans to see farmers through the season.',
    'Moyo said buyers in Europe would pay less than American firms for the same leaf.',
  ]);
  writeArticle(corpus, '2026-08-25-malawi', 'Malawi tobacco sales', '2026-08-25', [
    'Malawi opened its tobacco auction floors on Monday as prices held steady.',
    'Farmers asked the government for cheaper loans and better roads, the farm ministry said.',
    'Buyers in Europe would pay less for lower grades, an auctioneer said.',
  ]);

  it('finds what the person named in the question asked, told of the office alone', async () => {
    const passages = await askCorpus(corpus, 'What did Tendai Moyo ask the government for?');
    expect(passages[0]).toBe(
      'The union chief also asked the government for cheaper loans to see farmers through the season.',
    );
  });

  it('finds what the office named in the question said, told of the name alone', async () => {
    const passages = await askCorpus(corpus, 'what did the union chief say about buyers in europe');
    expect(passages[0]).toBe('Moyo said buyers in Europe would pay less than American firms for the same leaf.');
  });
});
