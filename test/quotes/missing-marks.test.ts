import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW } from '../helpers/tariff.ts';

/** What `/quote <query>` answers, as JSON data, for an article of `paragraphs`. */
async function quotesOf(query: string, paragraphs: string[]): Promise<string[]> {
  const corpus = newCorpus('quote-marks-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
  const out = await runConsoleJson(`/quote ${query}`, { corpus, now: TARIFF_NOW });
  const data = out.data as { quotes?: { text: string }[] } | undefined;
  return (data?.quotes ?? []).map((q) => q.text);
}

describe('/quote on a paragraph whose opening mark the page left out', () => {
  it('takes the words from the start of the paragraph when a reporting clause follows the closing mark', async () => {
    const quotes = await quotesOf('ortiz', [
      'Trade Minister Lena Ortiz spoke in Lima on Monday.',
      'Our growers will find new buyers in Asia and Europe,” Ortiz said.',
      '“We will not wait for Washington,” she added.',
    ]);
    expect(quotes).toEqual(['Our growers will find new buyers in Asia and Europe', 'We will not wait for Washington']);
  });

  it('takes nothing from a paragraph that only ends on a stray mark', async () => {
    const quotes = await quotesOf('ortiz', [
      'Trade Minister Lena Ortiz said the talks would go on. The next round is in May."',
      '“We will not wait for Washington,” Ortiz added.',
    ]);
    expect(quotes).toEqual(['We will not wait for Washington']);
  });
});
