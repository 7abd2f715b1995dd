import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';
import { answersHeld, holdsAnswer } from '../../src/search/answer-kind.ts';

/**
 * "When does the tariff take effect?" asks for its start: a day that tells when it was announced
 * answers nothing, and news tells a start in more words than "takes effect" ("set to go into
 * effect August 6", "will increase to 84% on Thursday"). Sentences written for these tests.
 */
/** The passages `/ask <question>` shows of one story of `paragraphs`, as a user asks in the console. */
async function askStory(title: string, paragraphs: string[], question: string): Promise<string[]> {
  const corpus = newCorpus('console-ask-start-');
  writeArticle(corpus, '2026-08-02-story', title, '2026-08-02', paragraphs);
  return askCorpus(corpus, question);
}

describe('/ask on when a tariff starts', () => {
  const none = new Set<string>();

  it('reads a start told by "go into effect", "enter into force", a day after "will", a plan or an effective date', () => {
    for (const text of [
      'The new duties are set to go into effect August 6, not August 1.',
      'The levy enters into force on March 3.',
      'Duties on Peruvian copper will rise from 10% to 25% on Thursday.',
      'Duties on Chilean wine are set to climb on January 1, 2027.',
      'Santiago will lift its existing duties on American almonds, walnuts and pistachios on March 3.',
      'The decree sets June 2, 2026 as the effective date for the new levies.',
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
    const paragraphs = [
      'Peru was hit with a steep tariff this week.',
      'In a blow to Lima, on August 1 the administration announced a 30% tariff on Peruvian imports, the highest in the region.',
      'The new tariff is set to take effect on August 7.',
    ];
    const passages = await askStory(
      'US slaps 30% tariff on Peru',
      paragraphs,
      'When does the 30% tariff on Peruvian imports take effect?',
    );
    expect(passages[0]).toBe(paragraphs[2]);
  });

  it('counts a start told as past as a time, below a start to come and above a day alone', () => {
    const kinds = ['time', 'schedule'] as const;
    const past = 'The 20% levy on Chilean wine came into force on Wednesday.';
    expect(holdsAnswer('schedule', past, none)).toBe(false);
    expect(answersHeld(kinds, past, none)).toBe(1);
    expect(answersHeld(kinds, 'The Chilean counter-tariffs will take effect on May 5.', none)).toBe(2);
  });

  it('puts a start still to come before one already past', async () => {
    const paragraphs = [
      'Chile answered Washington this week.',
      'Chilean ministers met on Monday over Washington’s levies on copper. Their answer does not cover the 20% US tariffs on Chilean wine that came into force on Wednesday.',
      'According to a statement released by the ministry on Wednesday, Chile’s countermeasures will take effect on May 5.',
    ];
    const passages = await askStory(
      'Chile approves counter-tariffs',
      paragraphs,
      "When do Chile's retaliatory tariffs take effect?",
    );
    expect(passages[0]).toBe(paragraphs[2]);
  });

  it('finds a start set to come some words after the rate', async () => {
    const paragraphs = [
      'Peru was hit with new duties on furniture this week.',
      'Imports of Peruvian furniture will face a 15% duty, and Peruvian cabinets a 25% duty. These rates are set to rise on January 1, 2027, to 20% and 30%.',
      'A proclamation sets November 3, 2026 as the effective date for the furniture and cabinet tariffs.',
    ];
    const passages = await askStory(
      'Peru furniture duties',
      paragraphs,
      'When do the tariffs on Peruvian furniture take effect?',
    );
    expect(passages.slice(0, 2)).toContain(paragraphs[2]);
  });
});
