import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Lines under a lead-in that ends with a verb of replacing ("It overrides:", "The new rate
 * replaces:") list the rates it ends: each line's rate held before. Sentences written for this
 * test; the class comes from real news of the rates-status lane's set, stop 51.
 */
const LIST = [
  'A single 15% tariff now applies to Peruvian goods.',
  'This new tariff replaces all existing duties. It overrides:',
  'The 20% reciprocal tariff introduced in April,',
  'Any other duties on Peruvian goods.',
];

describe('lines under a lead-in of replacing', () => {
  it('read each line’s rate as replaced', () => {
    expect(articleRates(LIST, '2026-09-01')).toEqual([
      'United States → Peru 15% current',
      'United States → Peru 20% previous',
    ]);
  });

  it('answers /tariff with the new level in force', async () => {
    const { line, text } = await tariffPeru(LIST);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force/);
    expect(text).not.toMatch(/\*\*20%\*\* · in force/);
  });
});
