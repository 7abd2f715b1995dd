import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence boundaries after an abbreviation', () => {
  it('keeps "U.S. President", "Mr. Lee" and "Apple Inc. rose" inside their sentence', () => {
    expect(sentences('The U.S. President met Mr. Lee. Shares of Apple Inc. rose.')).toEqual([
      'The U.S. President met Mr. Lee.',
      'Shares of Apple Inc. rose.',
    ]);
  });

  it('ends the sentence at "the U.S." or "9 a.m." when a sentence opener follows', () => {
    expect(sentences('Peru now pays 15% to the U.S. That marks a step down from 39%.')).toEqual([
      'Peru now pays 15% to the U.S.',
      'That marks a step down from 39%.',
    ]);
    expect(sentences('Talks began at 9 a.m. The meeting ended at noon.')).toEqual([
      'Talks began at 9 a.m.',
      'The meeting ended at noon.',
    ]);
  });

  it('keeps "incl." inside its sentence before a name, as posts abbreviate "including"', () => {
    expect(sentences('Seven partners got letters, incl. Peru and Chile, which face 30%. Talks go on.')).toEqual([
      'Seven partners got letters, incl. Peru and Chile, which face 30%.',
      'Talks go on.',
    ]);
  });

  it('ends the sentence at a single letter and its dot before "She added", not inside a name', () => {
    expect(
      sentences('She posted on X. She added that talks go on. Donald J. Trump met Vice Premier He Lifeng.'),
    ).toEqual(['She posted on X.', 'She added that talks go on.', 'Donald J. Trump met Vice Premier He Lifeng.']);
  });
});

describe('sentences a page glued together', () => {
  it('splits at a full stop with no space between a word in lower case and a capitalised one', () => {
    expect(sentences('The deal reduces uncertainty for the economy.The tariffs take effect on Friday.')).toEqual([
      'The deal reduces uncertainty for the economy.',
      'The tariffs take effect on Friday.',
    ]);
    expect(sentences('“It is unfair,” she added.As such, talks will go on. Markets rose.')).toEqual([
      '“It is unfair,” she added.',
      'As such, talks will go on.',
      'Markets rose.',
    ]);
  });

  it('leaves a capitalised word before the stop and a domain as they are', () => {
    expect(sentences('News.Az reports, citing CNBC.')).toEqual(['News.Az reports, citing CNBC.']);
    expect(sentences('See example.com for details.')).toEqual(['See example.com for details.']);
  });
});
