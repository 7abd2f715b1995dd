import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';

/**
 * A sentence whose subject is a rate told before by its number ("The 15% rate is lower than …")
 * speaks of that rate, however many paragraphs back it was told and whatever countries the sentence
 * names to compare it with. Asked through the console as a user asks, of sentences written for this test.
 */
describe('/tariff on a rate restated by its number', () => {
  const corpus = newCorpus('console-restated-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [
    'Washington and Lima struck a deal on Sunday that sets a 15% tariff on most Peruvian goods.',
    '"It was a tough negotiation, but we got there," the minister told reporters.',
    '"This brings stability to our farmers," she added.',
    'Both delegations shook hands at the end of the meeting.',
    'The 15% rate is lower than the 25% rate that Trump imposed in April, as well as the 40% rate that he threatened in a letter this month.',
    'The 15% rate is on par with U.S. deals with Andean rivals such as Chile and Ecuador.',
  ]);
  const ask = (line: string) => embedsText(corpus, line);

  it('gives the levels compared with the restated rate to the pair it was told of, paragraphs later', async () => {
    const peru = await ask('/tariff peru');
    expect(peru).toMatch(/\*\*15%\*\*/);
    expect(peru).toMatch(/\*\*25%\*\*/);
    expect(peru).toMatch(/\*\*40%\*\* · threatened/);
  });

  it('gives the rivals it is compared with no rate of their own', async () => {
    for (const rival of ['chile', 'ecuador']) expect(await ask(`/tariff ${rival}`)).not.toMatch(/%/);
  });
});
