import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * A reporting clause after the words it reports, whose speaker goes on in quotation after a colon
 * ("…, said Ana Ruiz, chief economist at Harlow Bank: “…”"), in sentences of our own: `/quote` gives
 * the quotation to the one the inverted clause names, not to the subject of the reported words.
 */
describe('/quote on "…, said <name>, <title>: “…”"', () => {
  const STORY = [
    'President Tomas Brandt vowed new duties after the court ruled against him. “The judges are wrong,” he said.',
    'Brandt could turn to older trade laws that hit medicines and car parts, said Ana Ruiz, chief economist at Harlow Bank: “Exporters should not relax, this ruling settles nothing.”',
  ];

  it('gives the words after the colon to the economist', async () => {
    const ruiz = await quoteStory('ruiz', STORY);
    expect(ruiz.quotes).toEqual(['Exporters should not relax, this ruling settles nothing.']);
    const brandt = await quoteStory('brandt', STORY);
    expect(brandt.quotes).toEqual(['The judges are wrong']);
  });
});
