import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * What one side wants another to do, as a reader asks it ("what does the premier want Ottawa to
 * do"), the news tells as what it urges or calls on the other to do; what a side wants for itself
 * ("want a deal", "want more time to talk") stays what it seeks. Asked through the console as a
 * user asks.
 */
describe('/ask on what a side wants another to do', () => {
  it('reads want someone to as urge, and want a thing as seek', () => {
    const [urge] = questionTerms('urge');
    const [seek] = questionTerms('seek');
    for (const text of ['the premier wants Ottawa to act', 'they want the federal government to double it'])
      expect(documentTerms(text), text).toContain(urge);
    for (const text of ['Lima wants a deal to be signed', 'they want more time to talk', 'we want to talk']) {
      expect(documentTerms(text), text).not.toContain(urge);
      expect(documentTerms(text), text).toContain(seek);
    }
  });

  it('finds the paragraph of what the premier calls on the government to do', async () => {
    const paragraphs = [
      'The premier said the metal tariffs would cost Quebec jobs, and the premier met mill owners in Montreal on Friday.',
      'The premier is calling on the federal government to match the metal tariffs dollar for dollar.',
    ];
    expect(await askFirst(paragraphs, 'what does the premier want ottawa to do about the metal tariffs?')).toBe(
      paragraphs[1],
    );
  });
});
