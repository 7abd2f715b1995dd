import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A tracker's section under a heading that is only a country's name ("Peru", "Legal basis: …",
 * "Effective date: …", "Tariff rate", "- 18% tariff"): the rate lines are that country's, though
 * the heading stands more than two paragraphs above them. Lines written for this test.
 */
describe('rate lines under a country heading', () => {
  const paragraphs = [
    'Peru',
    'Legal basis: Trade Expansion Act',
    'Effective date: 3 June 2026',
    'Tariff rate',
    '- 18% tariff on all goods not covered by the trade agreement.',
    'Chile',
    'Legal basis: Trade Act',
    'Effective date: 9 June 2026',
    'Tariff rate',
    '- 12% tariff, in addition to existing duties.',
  ];

  it('gives each section’s line to its heading’s country', () => {
    const rates = articleRates(paragraphs, '2026-09-01');
    expect(rates).toContain('United States → Peru 18% current');
    expect(rates).toContain('United States → Chile 12% current');
    expect(rates.filter((r) => r.includes('Peru 12%') || r.includes('Chile 18%'))).toEqual([]);
  });

  it('answers /tariff peru with the section’s rate', async () => {
    const { line } = await tariffPeru(paragraphs);
    expect(line).toMatch(/\*\*18%\*\*/);
  });
});
