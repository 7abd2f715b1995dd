import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/** A question in the singular of a word the article writes in the plural, asked through the console; sentences written for this test. */
describe('/ask on "bus" where the article writes "buses"', () => {
  it('shows the passage with the rate on buses first', async () => {
    const corpus = newCorpus('console-ask-plural-');
    writeArticle(corpus, '2026-08-02-story', 'New tariffs on vehicles', '2026-08-02', [
      'The proclamation sets new tariffs on imported vehicles from November 1.',
      'A 25% duty applies to imports of heavy trucks and truck parts, including engines and tires.',
      'A 10% duty applies to buses, including school buses and coaches.',
      'A 15% duty applies to vans and motorcycles.',
      'Importers of vehicles will have to declare their origin.',
    ]);
    const passages = await askCorpus(corpus, 'how much is the tariff on a bus?');
    expect(passages).toHaveLength(1);
    expect(passages[0]).toContain('A 10% duty applies to buses');
  });
});
