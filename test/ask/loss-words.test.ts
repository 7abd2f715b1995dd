import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/** A user asks what someone lost; the news tells the loss ("a loss of about $3 billion"). */
describe('/ask for how much someone lost, told as a loss', () => {
  const corpus = newCorpus('ask-loss-');
  writeArticle(corpus, '2026-08-20-growers', 'Ruritania stops buying US apples', '2026-08-20', [
    'Ruritania stopped buying American apples in May after the US raised its tariffs.',
    'Apple growers in Washington state say the halt hurts them every week.',
    'By July, apple sales to Ruritania had fallen to zero, a loss of about $3 billion for the year.',
    'Growers have asked Congress for aid and are looking for buyers in other markets.',
  ]);

  it('finds the paragraph telling the loss', async () => {
    const passages = await askCorpus(corpus, 'how much have apple growers lost since ruritania stopped buying?');
    expect(passages[0]).toBe(
      'By July, apple sales to Ruritania had fallen to zero, a loss of about $3 billion for the year.',
    );
  });
});
