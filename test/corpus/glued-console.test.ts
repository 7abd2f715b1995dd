import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/corpus/ingest.ts';
import { tariffPeru } from '../helpers/tariff.ts';

describe('an article pasted with its paragraph breaks lost, as /tariff shows it', () => {
  it('cites the sentence that states the rate, not the sentences run into it', async () => {
    const raw =
      'The deal avoids the 30 per cent tariffs on Peruvian goods that had been set to come into force on Friday.Speaking to reporters, Holm said goods under the old pact stay exempt from the 25 per cent tariffs the United States imposed in March.Chile and Bolivia to face 40% tariff from Aug 1';
    const result = prepareArticle('glued.txt', raw, { outlet: 'Example Wire', date: '2026-09-01', title: 'Peru deal' });
    if (!result.ok) throw new Error(result.error);
    const { text } = await tariffPeru(result.article.paragraphs);
    expect(text).toContain('> Speaking to reporters, Holm said goods under the old pact stay exempt from the 25 per cent tariffs the United States imposed in March.\\n— ');
    expect(text).not.toMatch(/come into force on Friday\.Speaking/);
  });
});
