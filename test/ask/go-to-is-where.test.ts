import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * "What share of exports go to the US" asks where the exports end up: the verb names nothing, and
 * alone it matches its other senses ("the dollar does not go as far"). The paragraph on the exports
 * and their market answers.
 */
describe('/ask on where goods go', () => {
  const paragraphs = [
    'The lira is up 14% this year, so the dollar does not go as far when US buyers pay for Ruritania’s watch exports.',
    'The United States takes about 19% of Ruritania’s watch exports, the industry federation said.',
  ];

  it.each([
    "what share of ruritania's watch exports go to america?",
    "how much of ruritania's watch exports goes to the US?",
  ])('finds the market for "%s"', async (question) => {
    expect(await askFirst(paragraphs, question)).toBe(paragraphs[1]);
  });
});
