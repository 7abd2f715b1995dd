import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * A part of a whole told by its number is a share: "accounts for 40% of", "made up 10% of",
 * "representing a third of". A reader asks "what share" or "how big a share"; the paragraph that
 * gives the part answers, not one that only shares the question's other words.
 */
describe('/ask on a share told as what something accounts for', () => {
  const paragraphs = [
    'Freedonia’s exports to the United States rose 6%.',
    'The United States is its main market, accounting for almost 19% of Freedonia’s exports, the industry group said.',
    'Cocoa farm output fell 8% last year.',
    'Cocoa made up 12% of the country’s farm output in the last harvest, the agriculture ministry said on Tuesday.',
  ];

  it.each([
    ["what share of freedonia's exports are to the US?", 'accounting for almost 19%'],
    ['how big a share of farm output is cocoa?', 'made up 12%'],
  ])('finds the part told by its number for "%s"', async (question, part) => {
    expect(await askFirst(paragraphs, question)).toContain(part);
  });
});
