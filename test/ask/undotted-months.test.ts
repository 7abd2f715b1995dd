import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { holdsAnswer } from '../../src/search/answer-kind.ts';
import { documentTerms } from '../../src/search/analyzer.ts';

/**
 * Wire services and trade newsletters abbreviate a month without a dot before its day ("will begin
 * Aug 1", "from Sept 15"): that is a day as much as "Aug. 1", and the paragraph stating it answers
 * "when". Asked through the console as a user asks.
 */
describe('/ask with a month abbreviated without a dot', () => {
  it('reads "Aug 1" as a day, and as August', () => {
    expect(holdsAnswer('schedule', 'The proclamation says the new levies will begin Aug 1.', new Set())).toBe(true);
    expect(holdsAnswer('time', 'Talks resume Sept 15 in Lisbon.', new Set())).toBe(true);
    expect(holdsAnswer('count', 'The levies begin Aug 1.', new Set())).toBe(false);
    expect(documentTerms('begin Aug 1')).toContain('august');
    // Alone, "Jan" may be a name.
    expect(documentTerms('Jan Novak said')).not.toContain('january');
  });

  it('puts the paragraph with the undotted day first for "when do … start"', async () => {
    const paragraphs = [
      'The commerce secretary recommended starting the tin tariffs at a lower level in 2027, the order said.',
      'The proclamation says the new tin tariffs will begin Aug 1.',
    ];
    expect(await askFirst(paragraphs, 'when do the tin tariffs start')).toBe(paragraphs[1]);
  });
});
