import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/corpus/ingest.ts';
import { quoteStory } from '../helpers/quote.ts';

describe('a sign-up form inside the article, as /quote shows it', () => {
  it('gives the paragraph that goes on quoting after the form to the minister, not to a name in the form', async () => {
    const raw = [
      'Trade Minister Ana Rivas spoke in Harlow on Tuesday.',
      '“We will not accept these duties,” Rivas said.',
      'Get the morning briefing, curated stories and market news delivered to your inbox.',
      'Email Us',
      'By continuing you agree to our Terms and Privacy Policy.',
      '“Our partners will not accept them either.',
      '“We are ready to answer in kind.”',
    ].join('\n\n');
    const result = prepareArticle('signup.txt', raw, { outlet: 'Harbor Ledger', date: '2026-09-01', title: 'Duties' });
    if (!result.ok) throw new Error(result.error);
    const { quotes } = await quoteStory('ana rivas', result.article.paragraphs);
    expect(quotes).toEqual([
      'We will not accept these duties',
      'Our partners will not accept them either. We are ready to answer in kind.',
    ]);
  });
});
