import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/** A reader's clipped "govt" is the government ("did the govt appeal"). Asked through the console as a user asks. */
describe('/ask on the govt', () => {
  it('reads govt as government', () => {
    for (const word of ['govt', 'gov’t', "gov't"])
      expect(questionTerms(word), word).toEqual(documentTerms('government'));
  });

  it('finds the government’s appeal for "did the govt appeal"', async () => {
    const paragraphs = [
      'Importers in Lima said they would appeal the ruling if the levies stayed.',
      'The government has appealed the ruling.',
    ];
    expect(await askFirst(paragraphs, 'did the govt appeal the lima ruling')).toBe(paragraphs[1]);
  });
});
