import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';

/**
 * `/ask` about people and what they said, asked through the console as a user asks, on one article
 * of sentences we wrote.
 */
const NOW = '2026-09-02T12:00:00Z';
function corpusOf(paragraphs: string[]): string {
  const corpus = newCorpus('console-people-');
  writeArticle(corpus, '2026-09-01-story', 'Trade story', '2026-09-01', paragraphs);
  return corpus;
}
async function firstPassage(question: string, paragraphs: string[]): Promise<string | undefined> {
  const { data } = await runConsoleJson(`/ask ${question}`, { corpus: corpusOf(paragraphs), now: NOW });
  return (data as { passages: { text: string }[] }).passages[0]?.text;
}

describe('/ask on what people said', () => {
  it('finds a quotation set apart from the line that names its speaker', async () => {
    const top = await firstPassage('what did Carney say about mill towns?', [
      'A day earlier, Trump raised the duties on softwood lumber to 35% and warned of more.',
      '“These duties are an attack on every mill town in the country, and the bill lands on American builders,”',
      'Mark Carney, the prime minister, said, adding that ministers would meet the industry on Monday.',
      'Mills in British Columbia have already cut shifts.',
    ]);
    expect(top).toContain('every mill town');
  });

  it('finds a quotation opened by "He pointed out:" under the paragraph that names its speaker', async () => {
    const top = await firstPassage('what did Carney say about mill towns?', [
      'A day earlier, Trump raised the duties on softwood lumber to 35% and warned of more.',
      'Mark Carney, the prime minister, called the duties unfair on Friday and promised aid to the industry.',
      'He pointed out: "These duties are an attack on every mill town in the country."',
      'Mills in British Columbia have already cut shifts.',
    ]);
    expect(top).toContain('every mill town');
  });

  it('answers a "why" with the paragraph that gives the reply to a reporter\'s "why"', async () => {
    const top = await firstPassage("why hasn't Seoul answered the steel levy?", [
      'Seoul has not answered the US levy on its steel, trade minister Park Ji-ho said on Monday.',
      'Asked why Seoul had not answered the levy, Park said talks with Washington came first.',
      'Park said Seoul and Washington would hold talks again in June.',
    ]);
    expect(top).toContain('Asked why');
  });

  it('reads nothing into a user\'s "guy"', async () => {
    const top = await firstPassage('what did the trade guy say about talks with Seoul?', [
      '“Are you guys talking to Seoul or not?” a reporter asked the trade minister.',
      'The trade minister said talks with Seoul would resume in June.',
    ]);
    expect(top).toContain('resume in June');
  });

  it('reads a user\'s "drop the tariffs" as the news\'s taking them off', async () => {
    const top = await firstPassage('will Brussels drop the tariffs on bourbon?', [
      'Kentucky distillers met in Louisville on Monday.',
      'Brussels kept its tariffs on bourbon in place on Monday, Brussels officials said.',
      'The onus is on Brussels to take off the levies on bourbon, the distillers said in a letter.',
    ]);
    expect(top).toContain('take off the levies');
  });
});
