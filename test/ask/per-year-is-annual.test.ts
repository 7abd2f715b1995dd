import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * What comes each year: a reader asks for the "yearly" or "annual" cost, the news tells a sum "per
 * year", "each year" or "$900 a year". "For a year" and "a year ago" are a length and a date. Asked
 * through the console as a user asks.
 */
describe('/ask on a yearly sum, told per year', () => {
  const annual = questionTerms('annual')[0]!;

  it('makes a sum per year, each year or after an amount an annual one', () => {
    expect(questionTerms('what is the yearly cost')).toContain(annual);
    expect(documentTerms('costs rise by $900 per year')).toContain(annual);
    expect(documentTerms('the levy brings in $2 billion a year')).toContain(annual);
    expect(documentTerms('the board pays it each year')).toContain(annual);
  });

  it('leaves a length or a date of a year alone', () => {
    expect(documentTerms('the truce was extended for a year')).not.toContain(annual);
    expect(documentTerms('prices were lower a year ago')).not.toContain(annual);
  });

  it('finds the sum per year for a question asking for the yearly one', async () => {
    const paragraphs = [
      'Dock workers at the harbour were hit hard by the new levies in the spring, the union said on Monday.',
      'Dock workers will pay $900 a year for the harbour levies.',
    ];
    expect(await askFirst(paragraphs, 'yearly hit to the dock workers from the harbour levies')).toBe(paragraphs[1]);
  });
});
