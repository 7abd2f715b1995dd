/** A weekday after a past act and its object dates the act, not a start: sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { sentenceRates } from '../../src/rates/extract.ts';
import { tariffPeru } from '../helpers/tariff.ts';

describe('"announced a 25% duty on Peruvian goods on Friday"', () => {
  it('gives the rate no start on the coming Friday', () => {
    const [rate] = sentenceRates(
      'Washington announced a 25% duty on Peruvian goods on Friday.',
      '2026-09-01',
      () => [],
    );
    expect(rate?.effective).toBeUndefined();
    const [later] = sentenceRates(
      'Washington will impose a 25% duty on Peruvian goods on Friday.',
      '2026-09-01',
      () => [],
    );
    expect(later?.effective).toBe('2026-09-04');
  });

  it('shows no start date in /tariff', async () => {
    const { text } = await tariffPeru(['Washington announced a 25% duty on Peruvian goods on Friday.']);
    expect(text).toContain('25%');
    // Dates show as Discord timestamps: 1788480000 is 2026-09-04, the coming Friday.
    expect(text).not.toContain('scheduled for <t:1788480000');
  });
});
