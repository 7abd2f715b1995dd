import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * News names goods or countries in one paragraph and the rate on them in the next, referring back
 * ("a 25% duty on these imports"): a user asks for the rate by the goods the paragraph before named.
 */
describe('/ask for a rate told of "these imports" named the paragraph before', () => {
  const corpus = newCorpus('ask-these-imports-');
  writeArticle(corpus, '2026-08-20-cars', 'Ruritania wins lower car tariffs', '2026-08-20', [
    'Ruritania won lower US tariffs on its cars this week.',
    'The deal leaves out Ruritanian steel and aluminum, a top priority of its government.',
    'Washington keeps a 25% duty on these imports for now.',
    'Ruritanian officials said steel talks would go on, and steel makers hoped for a deal on steel soon.',
  ]);

  it('finds the rate the paragraph referring back tells', async () => {
    const passages = await askCorpus(corpus, 'what is the duty on ruritanian steel?');
    expect(passages[0]).toBe('Washington keeps a 25% duty on these imports for now.');
  });
});
