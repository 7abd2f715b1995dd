import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';
import { answersHeld, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "When does the tariff take effect?" asks for its start: a day that tells when it was announced
 * answers nothing, and news tells a start in more words than "takes effect" ("set to go into
 * effect August 6", "will increase to 84% on Thursday"). Sentences written for these tests.
 */
describe('/ask on when a tariff starts', () => {
  const none = new Set<string>();

  it('reads a start told by "go into effect", "enter into force" and a day after "will"', () => {
    for (const text of [
      'The new duties are set to go into effect August 6, not August 1.',
      'The levy enters into force on March 3.',
      'Duties on Peruvian copper will rise from 10% to 25% on Thursday.',
    ])
      expect(holdsAnswer('schedule', text, none), text).toBe(true);
  });

  it('counts a day that tells no start as no answer to "when does it start"', () => {
    const kinds = ['time', 'schedule'] as const;
    expect(answersHeld(kinds, 'On August 1, officials announced a 30% tariff on Peruvian goods.', none)).toBe(0);
    expect(answersHeld(kinds, 'The new tariff is set to take effect on August 7.', none)).toBe(2);
    expect(answersHeld(['time'], 'On August 1, officials announced a 30% tariff on Peruvian goods.', none)).toBe(1);
  });

  it('puts the start first, not the day the tariff was announced', async () => {
    const corpus = newCorpus('console-ask-start-');
    const paragraphs = [
      'Peru was hit with a steep tariff this week.',
      'In a blow to Lima, on August 1 the administration announced a 30% tariff on Peruvian imports, the highest in the region.',
      'The new tariff is set to take effect on August 7.',
    ];
    writeArticle(corpus, '2026-08-02-peru', 'US slaps 30% tariff on Peru', '2026-08-02', paragraphs);
    const passages = await askCorpus(corpus, 'When does the 30% tariff on Peruvian imports take effect?');
    expect(passages[0]).toBe(paragraphs[2]);
  });
});
