import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { questionTerms } from '../../src/search/analyzer.ts';

/**
 * "When did the tariff go up?": a level that goes up rises, as news says it ("raised", "increased");
 * one that goes down falls. Asked through the console of an article we wrote.
 */
describe('/ask on a level that went up or down', () => {
  it('reads "go up" as a rise and "go down" as a fall', () => {
    expect(questionTerms('the tariff went up')).toEqual(questionTerms('the tariff was raised'));
    expect(questionTerms('will the tariff go down')).toEqual(questionTerms('will the tariff be cut'));
  });

  it('finds the paragraph telling the rise', async () => {
    const paragraphs = [
      'Talks on the tariff on Norwegian salmon will go on in Oslo on Monday.',
      'In March, Washington raised the tariff on Norwegian salmon to 20%.',
    ];
    expect(await askFirst(paragraphs, 'when did the tariff on norwegian salmon go up?')).toBe(paragraphs[1]);
  });
});
