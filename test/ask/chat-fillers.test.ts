import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { questionTerms } from '../../src/search/analyzer.ts';

/**
 * A user's fillers frame a question as the chat's asides do: "did he say anything about X" asks what
 * he said about X ("anything" is no subject, and a rare word's near-spelling, "another", matched it),
 * "wait, …" opens a thought, and "r" is a typed "are".
 */
describe('/ask on a question with a user’s fillers', () => {
  it('drops "anything", "something", "wait" and "r" from the question terms', () => {
    expect(questionTerms('wait did the minister say anything about wine')).toEqual(
      questionTerms('did the minister say about wine'),
    );
    expect(questionTerms('r the talks going to give us something')).toEqual(
      questionTerms('the talks going to give us'),
    );
  });

  it('finds the paragraph where the one asked about speaks, not a near-spelling of "anything"', async () => {
    const paragraphs = [
      'Ruritania and Freedonia agreed to extend their truce by another 90 days, officials said.',
      'President Rudolf confirmed the truce extension in a post, saying talks with Freedonia would go on.',
    ];
    expect(await askFirst(paragraphs, 'did rudolf say anything about the freedonia extension')).toBe(paragraphs[1]);
  });
});
