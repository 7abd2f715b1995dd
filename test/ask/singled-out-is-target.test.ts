import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A party "singled out" is one aimed at, as the news says a country was "the target" of tariffs.
 * Asked through the console as a user asks, of sentences written for this test.
 */
describe('/ask on a country singled out, told as the target', () => {
  it('reads singled out as target', () => {
    const [target] = questionTerms('target');
    expect(questionTerms('was Peru singled out')).toContain(target);
    expect(documentTerms('Lima says it was singled out by the measure')).toContain(target);
  });

  it('finds the paragraph on being the target for a question about being singled out', async () => {
    const paragraphs = [
      'Fruit growers in Peru said the new tariff would raise their costs and that talks should go on.',
      'Growers said they did not believe Peru was even the target of the measure, which swept up the whole world.',
    ];
    expect(await askFirst(paragraphs, 'do the growers think Peru was singled out?')).toBe(paragraphs[1]);
  });
});
