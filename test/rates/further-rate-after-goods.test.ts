import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "A 30% duty on most goods and higher rates on steel": the further rate joined after the goods is
 * not of the number's goods, so the 30% is no steel rate charged on everyone (sentences written for
 * this test).
 */
describe('a rate on goods in general followed by higher rates on a sector', () => {
  it('answers /tariff with the partner’s own rate in force', async () => {
    const { line } = await tariffPeru([
      'According to local media, Peru has already been affected by US tariffs, with a 30% duty on most non-compliant goods and higher rates on steel, aluminum, and certain energy products.',
    ]);
    expect(line).toContain('**30%**');
  });
});
