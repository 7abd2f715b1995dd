import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, questionTerms } from '../../src/search/analyzer.ts';

/**
 * A reader asks whether someone is "safe" from a measure; news says they are not "immune" to it,
 * are "insulated", "shielded" or "sheltered" from it. Asked through the console as a user asks.
 */
describe('/ask whether someone is safe, told as immune or insulated', () => {
  it('reads immune, insulated, shielded and sheltered as safe', () => {
    const safe = questionTerms('safe')[0]!;
    for (const text of ['is not immune', 'insulated from the levy', 'shielded buyers', 'sheltered from it'])
      expect(documentTerms(text), text).toContain(safe);
  });

  it('finds "not immune" for "are they safe"', async () => {
    const paragraphs = [
      'Grocers in Ruritania buy most of their fruit at home, and they expect a strong season.',
      'Even with most of its goods bought at home, the grocer is not immune to the levy, its finance chief said.',
    ];
    expect(await askFirst(paragraphs, 'the grocer buys mostly local stuff, so is it safe from the levy?')).toBe(
      paragraphs[1],
    );
  });
});
