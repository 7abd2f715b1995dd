import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * The bench is a court's judges: a reader asks about "members of the bench", the news names the
 * justices or judges. Asked through the console as a user asks.
 */
describe('/ask on the bench, told as its judges', () => {
  it('folds bench into judge', () => {
    const [judge] = documentTerms('judges');
    expect(questionTerms('the bench')).toContain(judge);
    expect(documentTerms('three justices')).toContain(judge);
  });

  it('finds the judges for a question about the bench', async () => {
    const paragraphs = [
      'Most members of the panel backed the decision on the duty, officials said.',
      'Six of the nine judges backed the decision on the duty.',
    ];
    expect(await askFirst(paragraphs, 'how many members of the bench backed the decision on the duty?')).toBe(
      paragraphs[1],
    );
  });
});
