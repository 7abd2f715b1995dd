import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A reader's planes and jets are the trade's aircraft ("are planes exempt" of "exemptions for
 * aircraft and aircraft parts"). Asked through the console as a user asks.
 */
describe('/ask on planes and aircraft', () => {
  it('reads planes, airplanes and jets as aircraft', () => {
    const [aircraft] = documentTerms('aircraft');
    for (const word of ['planes', 'airplane', 'jets', 'airliners'])
      expect(questionTerms(word), word).toContain(aircraft);
    expect(documentTerms('the ministry planned new duties')).not.toContain(aircraft);
  });

  it('finds the aircraft exemption for "are planes exempt"', async () => {
    const paragraphs = [
      'Peru said its exporters of grapes and copper were exempt from nothing under the new 15% rate.',
      'The 15% rate spares civil aircraft and their engines, which Peru sells to airlines in Texas.',
    ];
    expect(await askFirst(paragraphs, 'are planes from peru exempt from the 15%?')).toBe(paragraphs[1]);
  });
});
