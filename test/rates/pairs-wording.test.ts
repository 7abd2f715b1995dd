import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * Who pays a rate, asked through the console as a user asks (`/tariff peru`), on sentences written
 * for this test: wording from the tenth sets of stop 32.
 */
describe('/tariff on the rates-pairs wording of stop 32', () => {
  it('reads a rate after "an added" as a rate, not a move of some figure', async () => {
    const { line } = await tariffPeru([
      'Washington stunned Peru in August when it slapped an added 39 per cent duty on imports of goods from the country.',
    ]);
    expect(line).toMatch(/^\*\*39%\*\* on Peruvian goods/);
  });

  it('still reads a figure that "added" a percentage as a move, not a rate', async () => {
    const { text } = await tariffPeru([
      'Washington has charged a 10% tariff on Peruvian goods since April.',
      'Lima stocks added 2% after the 10% tariff on Peruvian goods was left unchanged.',
    ]);
    expect(text).not.toMatch(/\*\*2%\*\*/);
  });
});
