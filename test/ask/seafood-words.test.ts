import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * A reader's words for fish and shellfish: "prawns" for the trade's shrimp, "fish" or "seafood" for
 * the species an article names (salmon, trout, shrimp).
 */
describe('/ask on seafood in a reader’s words', () => {
  const paragraphs = [
    'Ecuador exports half of its bananas to the United States.',
    'Ecuador exports about a fifth of its farmed shrimp to the United States, its aquaculture chamber said.',
    'Chile exports half of its wine to the United States.',
    'Chile exports about a third of its farmed salmon and trout to the United States, the growers said.',
  ];

  it.each([
    ["how much of ecuador's prawn exports go to america?", 'shrimp'],
    ["how much of chile's fish ends up in the us?", 'salmon'],
    ['how much of the seafood chile exports goes to america', 'salmon'],
  ])('reads "%s" as the species the article names', async (question, species) => {
    expect(await askFirst(paragraphs, question)).toContain(species);
  });
});
