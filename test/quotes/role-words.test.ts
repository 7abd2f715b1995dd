import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW } from '../helpers/tariff.ts';

/** Who `/quote` names for a quotation in an article of `paragraphs`, asked as a user asks. */
async function speakerLine(query: string, paragraphs: string[]): Promise<string> {
  const corpus = newCorpus('quote-roles-');
  writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
  const reply = (await runConsoleJson(`/quote ${query}`, { corpus, now: TARIFF_NOW })).reply;
  return reply.content ?? '';
}

describe('/quote names a person without the role written before the name', () => {
  it('a councillor of a federal government', async () => {
    const line = await speakerLine('weber', [
      '“We will make a better offer,” Federal Councillor Anna Weber told public radio on Saturday.',
    ]);
    expect(line).toMatch(/^\*\*Anna Weber\*\*.* · 1 quotation/);
  });

  it('a television anchor', async () => {
    const line = await speakerLine('reyes', [
      'Anchor Tom Reyes asked the minister about the duties. “Prices will rise,” Reyes said.',
    ]);
    expect(line).toMatch(/^\*\*Tom Reyes\*\*.* · 1 quotation/);
  });
});
