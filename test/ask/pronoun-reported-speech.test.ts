import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * News names a speaker once and goes on with what they said as "he" or "she", quoted or reported
 * ("He also told reporters he would seek an explanation of …"). A question naming the speaker found
 * the quoted words of such a paragraph but not the reported ones. Asked through the console as a
 * user asks.
 */
describe('/ask on what someone said, reported after "she" or "he"', () => {
  it('finds the reported words of the speaker the paragraph before names', async () => {
    const paragraphs = [
      'Ruritanian Trade Minister Anna Varga arrived in Freedonia on Monday for talks on dairy.',
      'She also told reporters she would seek an explanation of the double levies on cheese.',
      'Freedonian officials said the double levies on cheese would stay, as would those on cheese rind.',
    ];
    expect(await askFirst(paragraphs, 'what did Varga say about the double levies on cheese?')).toBe(paragraphs[1]);
  });

  it('gives nothing to a paragraph that only reports what the person did', async () => {
    const paragraphs = [
      'Ruritanian Trade Minister Anna Varga arrived in Freedonia on Monday for talks on dairy.',
      'She left for the border to inspect the cheese lorries held there.',
      'Varga said the cheese lorries held at the border would be cleared by Friday.',
    ];
    expect(await askFirst(paragraphs, 'what did Varga say about the cheese lorries?')).toBe(paragraphs[2]);
  });
});
