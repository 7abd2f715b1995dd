import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** A rate whose start a later sentence tells in an aside after its tariff noun ("…, set to come into force in a week") is not in force yet. Sentences written for this test. */
describe('/tariff when an aside later in the article tells the start', () => {
  it('shows the 19% as to come, not in force', async () => {
    const { text, line } = await tariffPeru([
      'Peru on Friday welcomed a 19 percent tariff announced by the president, instead of a threatened 36 percent.',
      'Lima said it would remove its duties on American farm goods.',
      'Dozens of countries face higher levies under the order signed on Thursday, set to come into force in a week.',
    ]);
    // Its day unknown, a rate to come is shown as announced.
    expect(text).toMatch(/\*\*19%\*\* · (?:scheduled|announced)/);
    expect(line).not.toMatch(/19%/);
  });
});
