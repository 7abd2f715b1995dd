import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A court's split ("in a 7-2 decision", "ruled 5-4") is its vote, as a reader asks "what was the
 * vote"; setting a tariff is imposing it ("who gets to set tariffs"), while a tariff "set to start"
 * keeps its schedule. Asked through the console as a user asks.
 */
describe('/ask on a court’s vote and on who sets tariffs', () => {
  it('reads a split as a vote and setting a tariff as imposing it', () => {
    const [vote] = questionTerms('vote');
    for (const text of ['in a 7-2 decision', 'the court ruled 5–4', 'a 6-3 ruling'])
      expect(documentTerms(text), text).toContain(vote);
    expect(documentTerms('a 7-2 lead in the match')).not.toContain(vote);
    const [impose] = questionTerms('impose');
    for (const text of ['set a 15% tariff on cars', 'who sets the duties'])
      expect(documentTerms(text), text).toContain(impose);
    expect(documentTerms('tariffs set to start in May')).not.toContain(impose);
  });

  it('finds the split for "what was the vote"', async () => {
    const paragraphs = [
      'The appeals court in Lima heard the tariff case in March, and the justices questioned both sides.',
      'In a 7-2 decision, the Lima court held that the minister had no power to raise the levies.',
    ];
    expect(await askFirst(paragraphs, 'what was the vote at the Lima court?')).toBe(paragraphs[1]);
  });

  it('finds who may impose tariffs for "who gets to set tariffs"', async () => {
    const paragraphs = [
      'The judges heard the tariff case for two days in March.',
      'The judges held that only parliament may impose tariffs, not the minister.',
    ];
    expect(await askFirst(paragraphs, 'who gets to set tariffs according to the judges?')).toBe(paragraphs[1]);
  });
});
