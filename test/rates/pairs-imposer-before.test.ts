import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';

/** `/tariff chile` asked through the console, as a user asks, of one article of `paragraphs`. */
function tariffChile(paragraphs: string[]): Promise<string> {
  const corpus = newCorpus('console-imposer-before-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
  return embedsText(corpus, '/tariff chile');
}

/**
 * A rate whose sentence names no one imposing it, nor the home country, is the rate of the party the
 * sentences before have imposing on the same target (wording from the rates-pairs set of stop 35, on
 * partners' duties on each other, in sentences written for this test): it is no US rate on Chile.
 */
describe('/tariff on a rate told after the sentence that says which partner imposes it', () => {
  it('leaves a duty the partner announced, told two sentences on, out of the US rates', async () => {
    const text = await tariffChile([
      'LIMA — Peru will impose temporary anti-dumping duties on Chilean copper wire imports starting Monday, the trade ministry said.',
      'The ministry said Chilean shipments had hurt local producers.',
      'A 42.5 percent duty will apply as a deposit while the final ruling is prepared.',
    ]);
    expect(text).not.toMatch(/42\.5%/);
  });

  it('leaves a tariff "imposed on" goods "originating from" the target out of the US rates', async () => {
    const text = await tariffChile([
      'Peru announced on Friday that it will impose additional tariffs on some products imported from Chile.',
      'From May 1, an additional 30-percent tariff will be imposed on imported wine and apples originating from Chile.',
    ]);
    expect(text).not.toMatch(/30%/);
  });

  it('keeps a rate the US government is said to impose as a US rate', async () => {
    const text = await tariffChile([
      'Peru announced on Friday that it will impose additional tariffs on some products imported from Chile.',
      'Trump said an additional 30-percent tariff will be imposed on wine originating from Chile.',
    ]);
    expect(text).toMatch(/United States → Chile.*\*\*30%\*\*/);
  });
});
