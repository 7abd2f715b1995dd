import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * News names a speaker with their office once ("Dairy Council CEO Maren Holt said …") and then gives
 * their words as a paragraph of quotation alone, with no "she said". A user asks for those words by
 * the office, in a question that runs long ("what did the head of the dairy council say about …").
 */
describe('/ask for the words of a speaker named in the paragraph before the quotation', () => {
  const corpus = newCorpus('ask-quote-speaker-');
  writeArticle(corpus, '2026-08-20-cheese', 'Cheese makers weigh US levy', '2026-08-20', [
    'Cheese makers in Ruritania face a 15 percent US tariff on their exports from next month.',
    'Dairy Council CEO Maren Holt said the levy came as no surprise to the industry.',
    '"Our cheese goes into the sandwiches that American office workers buy every day, and they will pay more for them."',
    'Cheese exports to the US were worth $400 million last year, and the council expects them to fall by a fifth.',
    'Exporters said American restaurants had already asked for lower prices on cheese.',
  ]);
  writeArticle(corpus, '2026-08-22-butter', 'Butter makers find new buyers', '2026-08-22', [
    'Butter makers in Ruritania have found new buyers in Asia as the US tariff bites.',
    'The dairy council said shipments to Japan rose by a tenth in July.',
  ]);

  it('finds the quotation by the office of the speaker named just before it', async () => {
    const passages = await askCorpus(
      corpus,
      'what did the head of the dairy council say about american lunch buyers paying for cheese',
    );
    expect(passages[0]).toBe(
      '"Our cheese goes into the sandwiches that American office workers buy every day, and they will pay more for them."',
    );
  });
});
