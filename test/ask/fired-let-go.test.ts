import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Workers fired or let go are laid off: a user asks whether firms are "firing people", the news tells
 * of a firm that "let go of" its staff or of workers "let go". Asked through the console as a user asks.
 */
describe('/ask on firing, in the news’s words for it', () => {
  it('folds firing and letting go into layoffs', () => {
    const layoff = questionTerms('layoffs')[0]!;
    expect(questionTerms('are bakeries firing people')).toContain(layoff);
    expect(documentTerms('the bakery let go of its weekend staff')).toContain(layoff);
    expect(documentTerms('the bakery let 12 workers go')).toContain(layoff);
    expect(documentTerms('six bakers were let go')).toContain(layoff);
    expect(documentTerms('the minister fired back at critics')).not.toContain(layoff);
    expect(documentTerms('a fire at the bakery')).not.toContain(layoff);
  });

  it('finds the staff let go for a question about firing people', async () => {
    const paragraphs = [
      'A fire at a flour mill raised costs for bakeries, which also pay the new levy on imported wheat.',
      'One family bakery let go of its weekend staff to cover the higher cost of flour.',
    ];
    expect(await askFirst(paragraphs, 'are bakeries firing people over the levy?')).toBe(paragraphs[1]);
  });
});
