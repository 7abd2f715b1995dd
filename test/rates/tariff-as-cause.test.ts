import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Tariffs named only as the cause of a move, or as what it would be without them ("would climb to
 * 4% as a result of the tariffs", "expected 1.8% without the new duties"), tie no number to a rate:
 * the number measures their effect. Sentences written for these tests.
 */
const PARAGRAPHS = [
  'Washington will charge a 20% tariff on goods from Peru starting Monday.',
  'The central bank’s favourite price gauge, which stood at 2.6% in May, would climb to 4% by next spring as a result of the tariffs, one forecaster said.',
  'She had expected the gauge to ease to 1.8%, near the bank’s 2% goal, without the new duties.',
];

describe('a tariff named as the cause of a move', () => {
  it('reads no rate from the numbers it caused', () => {
    expect(articleRates(PARAGRAPHS, '2026-09-01')).toEqual(['United States → Peru 20% scheduled']);
  });

  it('keeps the forecast out of /tariff peru', async () => {
    const { text } = await tariffPeru(PARAGRAPHS);
    expect(text).toMatch(/20%/);
    expect(text).not.toMatch(/\*\*(?:4|1\.8|2)%/);
  });
});
