import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * News spells out a rate that opens a sentence or a quotation ("Twenty percent for our shirt makers
 * …"); a reader types it in digits. Asked through the console as a user asks.
 */
describe('/ask on a rate spelt out', () => {
  it('reads a spelt-out rate as its digits', () => {
    const [rate] = questionTerms('20%');
    for (const text of ['Twenty percent', 'twenty per cent', 'a twenty-percent levy'])
      expect(documentTerms(text), text).toContain(rate);
    expect(documentTerms('Forty-five percent of exporters')).toContain(questionTerms('45%')[0]);
  });

  it('finds the quotation that spells the rate for a question in digits', async () => {
    const paragraphs = [
      'Peru’s shirt makers lost orders all spring while buyers waited for the new rate.',
      '“Twenty percent for our shirt makers is as bad as 60%, because buyers will still go elsewhere,” the trade minister said.',
      'Peru’s exports to the United States fell by a fifth in May.',
    ];
    expect(await askFirst(paragraphs, 'why is 20% still bad for Peru’s shirt makers?')).toBe(paragraphs[1]);
  });
});
