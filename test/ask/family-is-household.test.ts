import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Who bears a cost: a reader asks what tariffs cost a "family", the economists' estimates the news
 * reports tell it per "household". Asked through the console as a user asks.
 */
describe('/ask on what a family pays, told per household', () => {
  it('folds "family" and "families" into "household"', () => {
    const household = questionTerms('household')[0]!;
    expect(questionTerms('what does it cost a family')).toContain(household);
    expect(documentTerms('the levies weigh on working families')).toContain(household);
  });

  it('finds the cost per household for a question asked per family', async () => {
    const paragraphs = [
      'The port board said the new duties would cost shippers on the coast some $5 million.',
      'The levies on the harbour will cost a typical household on the coast about $900, the board estimated.',
    ];
    expect(await askFirst(paragraphs, 'what do the levies cost a family on the coast')).toBe(paragraphs[1]);
  });
});
