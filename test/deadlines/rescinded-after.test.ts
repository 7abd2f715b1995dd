import { describe, expect, it } from 'vitest';
import { kindsAndDates } from '../helpers/deadline.ts';

/**
 * An exemption or waiver that "could be rescinded (revoked) after" a day holds until that day: the
 * day is when it may end. Sentences written for these tests; articles of Wednesday 2025-06-04.
 */
const PUBLISHED = '2025-06-04';

describe('/deadline list: an exemption that may be ended after a day', () => {
  it('shows the day as the end of the exemption, whichever ending verb the article uses', async () => {
    for (const sentence of [
      'The order spares Ruritania, but the exemption could be rescinded after July 9 if the deal is not implemented.',
      'Officials warned that the waiver for Ruritanian steel may be revoked after July 9.',
    ])
      expect(await kindsAndDates(PUBLISHED, [sentence])).toEqual([['ends', '2025-07-09']]);
  });

  it('shows no end for an exemption ended after an event rather than a day', async () => {
    expect(
      await kindsAndDates(PUBLISHED, ['The exemption could be rescinded after talks fail, officials said on Tuesday.']),
    ).toEqual([]);
  });
});
