import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { sentenceRateLines } from './article-rates.ts';

/** A rate drugmakers pay back to a health service is no tariff (sentences written for this test). */
describe('a payment-back or clawback rate', () => {
  const story = [
    'Peruvian goods face a 10% tariff.',
    'The annual payment-back rate for drugmakers in Peru will be capped at 15%, down from more than 20% last year.',
  ];

  it('is not shown by /tariff', async () => {
    const { line, text } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*10%\*\*/u);
    expect(text).not.toContain('15%**');
    expect(text).not.toContain('20%**');
  });

  it('is no rate, by any of its names', () => {
    for (const name of ['payment-back', 'payback', 'clawback', 'rebate'])
      expect(sentenceRateLines(`The ${name} rate paid by Peruvian drugmakers will fall to 15%.`, '2026-09-01')).toEqual(
        [],
      );
  });
});
