import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, queryTerms } from '../../src/search/analyzer.ts';

/**
 * News tells a fall as a "decline" ("a decline in rates", "bookings declined 40%", "declined to
 * 4.1%"); declining to do something is a refusal ("declined to comment"). Asked through the console
 * as a user asks, of an article we wrote.
 */
describe('/ask for a fall, told as a decline', () => {
  const fall = queryTerms('fall')[0];

  it('reads a decline as a fall, and declining to comment as none', () => {
    expect(documentTerms('a decline in freight rates')).toContain(fall);
    expect(documentTerms('bookings declined 40%')).toContain(fall);
    expect(documentTerms('unemployment declined to 4.1%')).toContain(fall);
    expect(documentTerms('the carrier declined to comment')).not.toContain(fall);
  });

  it('finds the paragraph of the decline', async () => {
    const paragraphs = [
      'Carriers on the Ruritania route declined to say what freight rates to expect.',
      'Brokers on the Ruritania route expect a decline in freight rates by winter, as demand eases.',
    ];
    expect(await askFirst(paragraphs, 'are freight rates on the ruritania route expected to fall?')).toBe(
      paragraphs[1],
    );
  });
});
