import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { withBarePercents } from '../../src/search/bare-percent.ts';

/**
 * "When was the salmon tariff raised to 25?": chat leaves the percent sign out of a rate; news
 * writes it. Asked through the console of an article we wrote.
 */
describe('/ask with a rate typed without its sign', () => {
  it('reads a bare rate as a percentage, not a count, a length or a section', () => {
    expect(withBarePercents('when was it raised to 25?')).toBe('when was it raised to 25%?');
    expect(withBarePercents('cut from 39 to 15 in november')).toBe('cut from 39% to 15% in november');
    expect(withBarePercents('is the 39 tariff still on')).toBe('is the 39% tariff still on');
    expect(withBarePercents('extended to 90 days')).toBe('extended to 90 days');
    expect(withBarePercents('talks with up to 5 countries')).toBe('talks with up to 5 countries');
    expect(withBarePercents('when does the section 122 tariff end')).toBe('when does the section 122 tariff end');
  });

  it('finds the paragraph with the rate asked about', async () => {
    const paragraphs = [
      'The salmon tariff was raised to 10% in March, the salmon board said.',
      'The salmon tariff was raised to 25% in June.',
    ];
    expect(await askFirst(paragraphs, 'when was the salmon tariff raised to 25?')).toBe(paragraphs[1]);
  });
});
