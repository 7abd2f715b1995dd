import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms, REGION_MEMBERS } from '../../src/search/analyzer.ts';

/**
 * A reader names a country by its part of the world ("the South American country" for Peru, "the two
 * Asian allies" for Japan and South Korea): the question's region stands for its countries. Asked
 * through the console as a user asks.
 */
describe('/ask on a country named by its region', () => {
  it("reads a region in a question as its countries, and keeps a country's own name", () => {
    const membersOf = (question: string) => questionTerms(question).flatMap((t) => REGION_MEMBERS.get(t) ?? []);
    const [peru] = documentTerms('Peru');
    const [japan] = documentTerms('Japan');
    expect(membersOf('the South American country')).toContain(peru);
    expect(membersOf('the South American country')).not.toContain(documentTerms('Norway')[0]);
    // A subregion's country is in its continent too; the home country in none.
    expect(membersOf('the East Asian ally')).toContain(japan);
    expect(membersOf('Asian allies')).toContain(japan);
    expect(membersOf('North American partners')).not.toContain(documentTerms('United States')[0]);
    // "South American" is no "American", and "South African" stays the country.
    expect(questionTerms('the South American country')).not.toContain(documentTerms('American')[0]);
    expect(questionTerms('South African goods')).toEqual(questionTerms('South Africa goods'));
  });

  it("finds the country's words for a question that names its region", async () => {
    const paragraphs = [
      'Norway said the new duty on its salmon was unfair.',
      'Peru said the new duty on its copper was unfair and asked for talks.',
    ];
    expect(await askFirst(paragraphs, 'what did the South American country say about the new duty?')).toBe(
      paragraphs[1],
    );
  });
});
