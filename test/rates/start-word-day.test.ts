/**
 * A sentence with two days, one after a start word ("to 50% from August 1") and one after a bare
 * "on" that dates another act ("Peru hit back on Friday after …"): the start word's day is the
 * rate's start. Sentences written for these tests; the class comes from real news (a blind set's
 * tuning part, stop 59: the day read was the act's).
 */
import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';

const STORY = [
  'Trade talks went on in Washington this week.',
  'Peru hit back on Friday after the United States decided to raise tariffs on Peruvian goods to 50% from August 1.',
];

describe('/tariff on a rate whose sentence has a start word’s day and an act’s day', () => {
  it('gives the start word’s day as the start', async () => {
    const corpus = newCorpus('console-start-word-');
    writeArticle(corpus, '2026-04-08-story', 'Story', '2026-04-08', STORY);
    const text = await embedsText(corpus, '/tariff peru');
    // Discord timestamps: 2026-08-01, and Friday 2026-04-10.
    expect(text).toMatch(/\*\*50%\*\* on Peruvian goods · in force since <t:1785542400:D>/);
    expect(text).not.toContain('<t:1775779200:D>');
  });
});
