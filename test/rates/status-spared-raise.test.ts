import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A raised level a partner is spared ("continue to pay the old 25% tariff rather than the increased 50%
 * rate", "pay 10% instead of the new 25%") is charged on others, never on it: a what-if for that
 * partner, not the level it pays. Asked through the console as a user asks (`/tariff peru`), on
 * sentences written for this test.
 */
describe('/tariff on a raised level a partner is spared', () => {
  it('shows the old level in force and the raised one as conditional', async () => {
    const { text } = await tariffPeru([
      'Under the pact, Peruvian steel will continue to pay the old 25% tariff rather than the increased 50% rate that other countries pay.',
    ]);
    expect(text).toMatch(/\*\*25%\*\* on steel · in force since/);
    expect(text).toMatch(/\*\*50%\*\* on steel · conditional/);
  });

  it('still reads a level replaced "instead of" an old one as the old level', async () => {
    const { text } = await tariffPeru(['Peruvian goods will face 15% instead of 27.5% from next month.']);
    expect(text).not.toContain('conditional');
  });
});
