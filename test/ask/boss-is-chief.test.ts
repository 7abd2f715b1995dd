import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A reader and a headline call the head of a company or a body its "boss"; the news names its
 * "CEO", "chief executive" or "head of" it. Asked through the console as a user asks.
 */
describe('/ask on what a boss said', () => {
  it('folds "boss", "CEO" and "head of" with "chief", apart from "heads to"', () => {
    const chief = questionTerms('chief')[0];
    expect(questionTerms('the grocer boss')).toContain(chief);
    expect(documentTerms('Marmot CEO Anna Varga')).toContain(chief);
    expect(documentTerms('Anna Varga, head of the grocers union')).toContain(chief);
    expect(documentTerms('Anna Varga heads to Geneva')).not.toContain(chief);
  });

  it('finds the chief executive’s words for a question about the boss', async () => {
    const paragraphs = [
      'Marmot, the largest grocer in Ruritania, raised cheese prices on Monday.',
      'Marmot CEO Anna Varga said the cheese levy would mean higher prices for shoppers.',
      'Marmot shareholders said cheese prices would keep rising while the levy lasts.',
    ];
    expect(await askFirst(paragraphs, 'what did the Marmot boss say about cheese prices?')).toBe(paragraphs[1]);
  });
});
