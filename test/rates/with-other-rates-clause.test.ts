/**
 * A clause after the rate that opens with "with" and other rates than its own (", with higher rates
 * to kick in later", ", with other partners set to face 25%") tells of those rates: its start does
 * not make the number's rate one to come (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

const SENTENCE = 'Washington put a 10 percent levy on Peruvian goods, with higher rates on copper to kick in later.';

describe('a "with" clause of other rates after the number', () => {
  it('leaves the number in force', () => {
    expect(sentenceRateLines(SENTENCE, '2026-09-01')).toEqual(['United States → Peru 10% current']);
    expect(
      sentenceRateLines(
        'Washington charges 10% on Peruvian goods, with additional duties on copper due to take effect next month.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 10% current']);
  });

  it('keeps a "with" clause of the rate itself', () => {
    expect(
      sentenceRateLines(
        'Washington raised the tariff on Peruvian goods to 25%, with the increase to take effect on Oct. 1.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% scheduled']);
  });

  it('shows the number as in force in /tariff', async () => {
    const { line } = await tariffPeru([SENTENCE]);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods · in force/);
  });
});
