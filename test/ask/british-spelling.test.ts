import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * Outlets outside the US spell -ize words with -ise ("organisation", "criticised", "prioritise")
 * and write the "World Trade Organisation"; a reader asks in either spelling. Words whose "-ise" is
 * no suffix ("advise", "exercise", "arise") stay as they are. Asked through the console as a user asks.
 */
describe('/ask across British and American spellings', () => {
  it('folds the spellings together, and no word whose -ise is its own', () => {
    expect(documentTerms('criticised organisations prioritising')).toEqual(
      questionTerms('criticized organizations prioritizing'),
    );
    expect(documentTerms('advise exercise arise')).not.toEqual(documentTerms('advize exercize arize'));
  });

  it('finds the complaint to the World Trade Organisation for a question about the WTO', async () => {
    const paragraphs = [
      'Ruritania is going ahead with tariffs of its own, its trade minister said.',
      'Ruritania also said it is filing a complaint with the World Trade Organisation.',
      'Trade rules were the subject of talks in Geneva.',
    ];
    expect(await askFirst(paragraphs, 'is ruritania going to the WTO')).toBe(paragraphs[1]);
  });
});
