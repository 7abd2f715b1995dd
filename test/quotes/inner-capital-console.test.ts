import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A firm or a person whose name has a capital inside it ("VantaBank", "McAllister") opening the
 * sentence that quotes them, in sentences of our own: the second capital shows a name, where the
 * first could be only the sentence's ("Retailers said …" names no one).
 */
const STORY = [
  'Markets fell on Tuesday after the new tariffs were announced.',
  'VantaBank said the risks to growth were “clearly downwards” for the rest of the year.',
  'Retailers said prices would “go up again” in the autumn.',
];

describe('/quote reads a name with a capital inside it at the start of a sentence', () => {
  it('finds the firm’s words by its name', async () => {
    expect((await quoteStory('speaker:"VantaBank"', STORY)).quotes).toEqual(['clearly downwards']);
  });
});

describe('/quote reads a surname with a letter English never writes at the start of a sentence', () => {
  it('takes "Kovačić said" for a name: the words a pronoun said before it are that person’s', async () => {
    const { line, quotes } = await quoteStory('kovačić', [
      '“We are ready to wait for a better offer on the 20% tariff,” he told reporters.',
      'Kovačić said he would meet his American counterpart before the summit.',
    ]);
    expect(line).toMatch(/^\*\*Kovačić\*\*.* · 1 quotation/);
    expect(quotes).toEqual(['We are ready to wait for a better offer on the 20% tariff']);
  });
});
