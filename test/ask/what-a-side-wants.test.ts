import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * What a side wants, as a user asks it ("what did Lima want from Santiago"), the news tells by its
 * aim ("Lima aimed to reverse the fees", "its aim is …") or by what it seeks ("sought", "seeking").
 * Asked through the console as a user asks.
 */
describe('/ask on what a side wants', () => {
  it('folds want, aim and seek to one word', () => {
    const [want] = questionTerms('want');
    for (const text of ['Lima aimed to reverse the fees', 'Lima wants a deal', 'Lima sought a deal', 'seeking relief'])
      expect(documentTerms(text), text).toContain(want);
  });

  it('finds the paragraph of what the side aimed at, over those that only share the story’s words', async () => {
    const paragraphs = [
      'Lima matched the port fees Santiago had put on Peruvian vessels: from October, Lima charges port fees on Chilean vessels too.',
      'The port fees Santiago and Lima charge each other rise every April, and Lima’s port fees follow Santiago’s schedule.',
      'At the summit, Lima aimed to ease export controls and reverse the new port fees on its vessels.',
    ];
    expect(await askFirst(paragraphs, 'what did Lima want from Santiago on port fees')).toBe(paragraphs[2]);
  });
});
