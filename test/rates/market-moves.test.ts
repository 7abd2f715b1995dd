import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A number after a verb of movement told as under way ("kept plummeting 16.6%", "were tumbling
 * 12%") is how far something moved, as after "plummeted" or "tumbled": no rate. Asked through the
 * console as a user asks, of sentences written for this test.
 */
describe('/tariff beside trade figures that move', () => {
  it.each([
    'Peruvian shipments to the US under the tariff kept plummeting 16.6% in August.',
    'Peruvian shipments to the US under the tariff were tumbling 16.6% in August.',
    'Peruvian exports under the US tariff, sliding 16.6% in July, worried Lima.',
  ])('keeps the rate when the next sentence says: "%s"', async (moved) => {
    const { text, line } = await tariffPeru(['The US charges a 20% tariff on Peruvian goods.', moved]);
    expect(line).toMatch(/^\*\*20%\*\* on Peruvian goods/);
    expect(text).not.toContain('16.6%');
  });
});
