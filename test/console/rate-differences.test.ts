import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** A difference between two rates is no rate anyone charges. */
describe('/tariff on a gap between rates', () => {
  it.each([
    'Peruvian exporters now face a 10 percentage point gap with rivals in Chile.',
    'The tariffs leave Peruvian goods at a 10 percentage point disadvantage to Mexican ones.',
    'The tariffs create a 10 percentage point differential between Peruvian and Chilean goods.',
  ])('reads no rate in “%s”', async (sentence) => {
    const { text, line } = await tariffPeru(['Washington charges a 15% tariff on Peruvian goods.', sentence]);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force since/);
    expect(text).not.toMatch(/\*\*10%\*\*/);
  });
});
