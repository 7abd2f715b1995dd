import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** A change of level that an article tells as not started yet: the level it would change stays in force. Sentences written for these tests. */
describe('/tariff when a change is told as not started yet', () => {
  it('keeps the old level when the sentence after the change says it has yet to take effect', async () => {
    const { line } = await tariffPeru([
      'Last week the president announced a deal with Lima that cut US tariffs on Peruvian goods from 25% to 18%.',
      'The implementation of this cut has yet to take effect.',
    ]);
    expect(line).toMatch(/\*\*25%\*\*.*in force/);
  });

  it('takes a later article that tells the cut as still to come over an earlier one that called it immediate', async () => {
    const { line } = await tariffPeru([
      [
        '2026-08-20',
        ['Effective immediately, the US lowered its tariff on Peruvian goods from 25% to 18%, the president wrote.'],
      ],
      [
        '2026-08-28',
        [
          'The deal will see the US reduce its tariff on Peruvian goods to 18% from 25%, though the timeline for implementing that reduction has not been finalised.',
        ],
      ],
    ]);
    expect(line).toMatch(/\*\*25%\*\*.*in force/);
  });
});
