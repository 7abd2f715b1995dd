import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * Some outlets spell a rate's number out ("a baseline ten percent tariff"). A question asking for
 * a rate is answered by a passage stating one other than the rate it names; a spelt-out rate is one.
 */
describe('/ask for a rate that the answering paragraph spells out', () => {
  it('finds the paragraph with the rate in words, not those repeating the rate the question names', async () => {
    const first = await askFirst(
      [
        'Wool exporters in Uruguay fear a 25 percent US tariff on their bales, which was delayed by three months.',
        'A 25 percent tariff would hurt small farms across the north, the wool board warned.',
        'Until then Uruguayan wool is charged a baseline ten percent tariff, like most goods.',
        'The board will send a delegation to Washington to argue against the 25 percent rate.',
      ],
      'what rate does uruguayan wool pay while the 25% is on hold',
    );
    expect(first).toBe('Until then Uruguayan wool is charged a baseline ten percent tariff, like most goods.');
  });
});
