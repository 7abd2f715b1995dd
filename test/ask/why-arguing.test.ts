import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * News gives a measure's reason as its makers' argument ("with officials arguing that …", "on the
 * grounds that …", "to justify"): that answers "why". Asked through the console as a user asks.
 */
describe('/ask on why, answered by an argument', () => {
  it('reads an argument as a reason', () => {
    const none = new Set<string>();
    expect(
      holdsAnswer('reason', 'The levies came in August, with officials arguing that the subsidies hurt farmers.', none),
    ).toBe(true);
    expect(holdsAnswer('reason', 'The order was made on the grounds that imports threaten security.', none)).toBe(true);
    expect(holdsAnswer('reason', 'The levies came in August.', none)).toBe(false);
  });

  it('puts the paragraph with the argument first for "why"', async () => {
    const paragraphs = [
      'The US tariffs on Peru started in August.',
      'US levies on Peru came with officials arguing that subsidies hurt miners.',
    ];
    expect(await askFirst(paragraphs, 'why did the US put tariffs on Peru?')).toBe(paragraphs[1]);
  });
});
