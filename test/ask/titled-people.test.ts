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

/**
 * A person's office told in fullest further down ("Opposition Unity Party leader Ana Ruiz") and the
 * person then named alone, beside another leader ("any other world leader", "Ruiz said").
 */
describe('/ask with a party leader the article names alone after giving the office', () => {
  const corpus = newCorpus('ask-leader-');
  writeArticle(corpus, '2026-08-21-rivals', 'Rivals vow to defend fruit growers from US levy', '2026-08-21', [
    'President Tomas Vela and his rival in the June vote, Unity Party leader Ana Ruiz, both pledged to defend fruit growers from a US levy.',
    'Vela said his government would not answer the 20 percent US levy with one of its own.',
    'Opposition Unity Party leader Ana Ruiz told reporters: "My job is to stand up for our growers."',
    '"If I had to fight Washington or any other world leader over the levy, I would," Ruiz said on radio.',
  ]);

  it('finds what the opposition leader said, told of the name alone', async () => {
    const passages = await askCorpus(
      corpus,
      'what did the opposition leader say about fighting washington over the levy',
    );
    expect(passages[0]).toBe(
      '"If I had to fight Washington or any other world leader over the levy, I would," Ruiz said on radio.',
    );
  });
});
