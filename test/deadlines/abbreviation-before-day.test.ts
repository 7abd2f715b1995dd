import { describe, expect, it } from 'vitest';
import { deadlinesListed } from '../helpers/deadline.ts';

/**
 * The dots of a letter-by-letter abbreviation between a deadline and its date ("the deadline for
 * the E.U. is July 9", "for U.S. importers") do not end the clause: the date is still the
 * deadline's. The class comes from real news of the status lane's set (stop 61); sentences
 * written for this test.
 */
describe('/deadline: an abbreviation between the deadline and its date', () => {
  it('reads the date after "the E.U." as the deadline', async () => {
    const listed = await deadlinesListed('2025-05-27', [
      'Trump put off his threat of steep tariffs on European goods after a call on Sunday.',
      'The new deadline for the E.U. is July 9.',
    ]);
    expect(listed.map((d) => [d.kind, d.date])).toEqual([['ends', '2025-07-09']]);
  });

  it('reads the date after "U.S." so too', async () => {
    const listed = await deadlinesListed('2025-05-27', [
      'Ruritania faces steep tariffs unless it strikes a trade deal.',
      'The deadline for a deal with the U.S. is August 12.',
    ]);
    expect(listed.map((d) => [d.kind, d.date])).toEqual([['ends', '2025-08-12']]);
  });
});
