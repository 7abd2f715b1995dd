import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * News names a programme or a body in full once, with its initials in brackets ("Tariff-Rate
 * Quotas (TRQs)", "the African Growth and Opportunity Act (AGOA)"), and by the initials after
 * that; a user asks in the words of the name.
 */
describe('/ask about a name an article gives by its initials after defining them', () => {
  it('finds the later paragraph that uses the initials only', async () => {
    const corpus = newCorpus('ask-initials-');
    writeArticle(corpus, '2026-08-28-steel', 'Ottawa limits foreign steel', '2026-08-28', [
      'Ottawa announced new limits on foreign steel on Friday.',
      'Canada is applying Tariff-Rate Quotas (TRQs) to steel mill products from countries without a trade agreement with it.',
      'Imports above the limit pay a 50% surtax, the finance department said.',
      'The TRQs reset every three months, and unused volume does not carry over.',
    ]);
    writeArticle(corpus, '2026-08-20-beef', 'Beef quota filled', '2026-08-20', [
      'Brazil filled its quota for beef sales to the United States within weeks, exporters said.',
    ]);
    const passages = await askCorpus(corpus, 'how often does the tariff rate quota on steel reset?');
    expect(passages[0]).toBe('The TRQs reset every three months, and unused volume does not carry over.');
  });

  it('reads initials that are no definition as they are', async () => {
    const corpus = newCorpus('ask-initials-');
    writeArticle(corpus, '2026-08-28-rice', 'Rice duty', '2026-08-28', [
      'Exporters of rice met in Manila (Reuters) on Friday to weigh the new duty.',
      'The duty on rice rises to 20% from October, officials said.',
    ]);
    const passages = await askCorpus(corpus, 'what duty will rice pay from October?');
    expect(passages[0]).toBe('The duty on rice rises to 20% from October, officials said.');
  });
});
