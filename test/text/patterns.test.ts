import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseAlternation, phraseTrie } from '../../src/text/patterns.ts';

/** Whole-word matches of a phrase pattern, as the search analyzer applies them. */
const matches = (source: string, flags: string, text: string) =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags))].map((m) => [
    m.index,
    m[0],
  ]);

describe('phraseTrie', () => {
  it('matches the longest phrase, as the longest-first alternation does', () => {
    const phrases = ['United States', 'United States of America', 'United Kingdom', 'US'];
    expect(matches(phraseTrie(phrases), 'gu', 'The United States of America and the United Kingdom')).toEqual([
      [4, 'United States of America'],
      [37, 'United Kingdom'],
    ]);
    // A longer phrase cut short by a word character falls back to the shorter one.
    expect(matches(phraseTrie(phrases), 'gu', 'United States ofx')).toEqual([[0, 'United States']]);
  });

  it('folds case when asked, for a pattern with the i flag', () => {
    expect(
      matches(phraseTrie(['World Trade Organization'], { ignoreCase: true }), 'giu', 'the world trade organization'),
    ).toEqual([[4, 'world trade organization']]);
  });

  it('finds exactly what the alternation finds, on any phrases and text', () => {
    const word = fc.stringMatching(/^[abé]{1,3}$/);
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const text = fc
      .array(fc.oneof(word, fc.constantFrom(' ', '  ', '.', '\n')), { maxLength: 12 })
      .map((t) => t.join(''));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), text, fc.boolean(), (list, input, ignoreCase) => {
        const flags = ignoreCase ? 'giu' : 'gu';
        const folded = ignoreCase ? input.toUpperCase() : input;
        expect(matches(phraseTrie(list, { ignoreCase }), flags, folded)).toEqual(
          matches(phraseAlternation(list), flags, folded),
        );
      }),
    );
  });
});
