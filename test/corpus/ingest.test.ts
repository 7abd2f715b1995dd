import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { prepareArticle, writeArticle } from '../../src/corpus/ingest.ts';
import { splitParagraphs } from '../../src/corpus/paragraphs.ts';

const SEEDS = 'test/fixtures/seeds';
const FT = join(SEEDS, '000_41950a9f906d4723.txt');
const CNBC = join(SEEDS, '004_b6e73fb1f3aa604a.txt');
const read = (file: string) => readFileSync(file, 'utf8');

describe('ingesting raw article text', () => {
  it('finds the leading date marker of the CNBC seed and keeps its paragraphs as written', () => {
    const raw = read(CNBC);
    const result = prepareArticle(CNBC, raw, { outlet: 'CNBC', title: 'Talks stalled' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.frontMatter.published).toBe('2025-05-30');
    const source = splitParagraphs(raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, ''));
    expect(result.article.paragraphs).toEqual(source);
    expect(result.article.paragraphs[0]).toMatch(/^US Treasury Secretary Scott Bessent said/);
  });

  it('drops the FT seed’s web-page boilerplate, takes its short first line as the title, keeps every paragraph', () => {
    const raw = read(FT);
    const result = prepareArticle(FT, raw, { outlet: 'Financial Times', date: '2025-05-30' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.frontMatter.title).toBe('Scott Bessent says');
    const text = result.article.paragraphs.join('\n');
    expect(text).not.toMatch(/Free Unlock|Your guide on what/);
    expect(result.article.paragraphs).toEqual(splitParagraphs(raw).slice(3));
    expect(result.article.paragraphs).toHaveLength(14);
  });

  it('drops what the publisher tells its reader about an account or paying, and a view count; keeps the news', () => {
    const story = [
      'Peru and the United States agreed on Monday to cut the tariff on Peruvian coffee to 5 percent.',
      'Streaming subscribers will pay more for imported devices, analysts said.',
      '“If you subscribe to that view, you will be disappointed,” the minister said.',
    ];
    const raw = [
      'Coffee pact',
      '• views:745',
      story[0],
      'Already a subscriber? Make sure to log into your account before viewing this content.',
      story[1],
      'With your current subscription plan you can comment on stories.',
      'Each day, Trade Desk Daily subscribers receive a daily headline email and access to every document.',
      story[2],
    ].join('\n\n');
    const result = prepareArticle('coffee.txt', raw, { outlet: 'Harbor Ledger', date: '2026-09-01' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toEqual(story);
  });

  it('drops a sign-up form inside the article: its promise, its buttons and its consent line', () => {
    const story = [
      'The trade minister spoke in Harlow on Tuesday.',
      '“We will not accept these duties,” she said.',
      '“Nor will our partners.”',
    ];
    const raw = [
      story[0],
      story[1],
      'Get the morning briefing, curated stories and market news delivered to your inbox.',
      'Email Us',
      'By signing up you agree to our Terms of Use and Privacy Policy.',
      story[2],
    ].join('\n\n');
    const result = prepareArticle('signup.txt', raw, { outlet: 'Harbor Ledger', date: '2026-09-01', title: 'Duties' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toEqual(story);
  });

  it('refuses text with no date, naming the file', () => {
    const result = prepareArticle(FT, read(FT), { outlet: 'Financial Times' });
    expect(result).toEqual({ ok: false, error: `${FT}: no publication date found in the text; pass --date YYYY-MM-DD` });
  });

  it('writes a valid corpus file once; the same text again writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const prepared = prepareArticle(CNBC, read(CNBC), { outlet: 'CNBC', title: 'Bessent says talks are a bit stalled', url: 'https://www.cnbc.com/x' });
    if (!prepared.ok) throw new Error(prepared.error);
    const first = writeArticle(dir, prepared.article);
    expect(first).toEqual({ path: join(dir, 'articles', '2025-05-30-bessent-says-talks-are-a-bit-stalled.md'), duplicate: false });
    expect(writeArticle(dir, prepared.article)).toEqual({ path: first.path, duplicate: true });
    expect(readdirSync(join(dir, 'articles'))).toHaveLength(1);
    const { articles, problems } = loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(articles[0]?.passages.map((p) => p.text)).toEqual(prepared.article.paragraphs);
  });

  it('the committed seed corpus is what ingesting the seeds gives', () => {
    const { articles, problems } = loadCorpus('corpus');
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.outlet, a.published, a.passages.length]).sort()).toEqual([
      ['CNBC', '2025-05-30', 8],
      ['Financial Times', '2025-05-30', 14],
    ]);
    const cnbc = prepareArticle(CNBC, read(CNBC), { outlet: 'CNBC', title: 'x' });
    if (!cnbc.ok) throw new Error(cnbc.error);
    expect(articles.find((a) => a.outlet === 'CNBC')?.passages.map((p) => p.text)).toEqual(cnbc.article.paragraphs);
  });

  it('reads a page pasted with one paragraph a line: the headline line is the title, never run into the first sentence', () => {
    const lead =
      'Ruritania said on Monday it would put a 12 percent duty on farm machinery shipped from the United States, starting next month.';
    const second =
      'The finance ministry said the measure answered an American levy on Ruritanian cheese that took effect last week, and more could follow.';
    const raw = `Ruritania answers US cheese levy\n${lead}\n${second}\nWhat comes next\nTalks resume in June.\n`;
    const result = prepareArticle('pasted.txt', raw, { outlet: 'Example Wire', date: '2025-03-03' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.frontMatter.title).toBe('Ruritania answers US cheese levy');
    expect(result.article.paragraphs).toEqual([lead, second, 'What comes next', 'Talks resume in June.']);
  });

  it('drops the furniture news pages put around an article: promotions of other stories, share bars, comment boxes, credits, ad placeholders', () => {
    const lead = 'Ruritania said on Monday it would put a 12 percent duty on farm machinery shipped from the United States.';
    const second = 'The finance ministry said more could follow if talks failed.';
    const furniture = [
      'ALSO READ: Ruritania cuts duties on cheese to 5%, says minister',
      'IN CASE YOU MISSED IT | Strelsau sets 30% levy on grain',
      '- X',
      '- Get link',
      '3 SHARES',
      'Hide AdAdvertisement',
      'Photo: Example Images',
      'Source: https://example.com/news/ruritania-duties',
      '26 minutes ago',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
    ];
    const raw = `Ruritania answers US levy\n${lead}\n${furniture.slice(0, 7).join('\n')}\n${second}\n${furniture.slice(7).join('\n')}\n`;
    const result = prepareArticle('page.txt', raw, { outlet: 'Example Wire', date: '2025-03-03' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toEqual([lead, second]);
  });

  it('folds text wrapped by hand into its paragraphs', () => {
    const raw = 'Duties on cheese rose\nto 12 percent on Monday.\n\nTalks resume\nin June.\n';
    const result = prepareArticle('wrapped.txt', raw, { outlet: 'Example Wire', date: '2025-03-03', title: 'Cheese' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toEqual(['Duties on cheese rose to 12 percent on Monday.', 'Talks resume in June.']);
  });

  it('keeps short page lines (a view count, a photo caption) apart from each other and from the text after them', () => {
    const notice = 'Notice: this page was translated by machine and some of its wording may not match the original.';
    const raw = `Ruritania answers US cheese levy\n\n812 views 2 comments\nHolm, Photo: Example Wire\n${notice}\n\n“We will answer,” said trade minister Anna Holm.\n`;
    const result = prepareArticle('captions.txt', raw, { outlet: 'Example Wire', date: '2025-03-03' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toEqual(['812 views 2 comments', 'Holm, Photo: Example Wire', notice, '“We will answer,” said trade minister Anna Holm.']);
  });

  it('keeps each item of a list pasted as short lines a paragraph of its own, not a wrap of the line before', () => {
    const raw = 'Ruritania and others learn their new rates.\n\nNew rates from August 1\n  • 20%: Ruritania\n  • 25%: Peru, Chile and Ghana\n- Laos: 40%\n3. Bolivia: 15%\n';
    const result = prepareArticle('list.txt', raw, { outlet: 'Example Wire', date: '2025-03-03', title: 'Rates' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toEqual([
      'Ruritania and others learn their new rates.',
      'New rates from August 1',
      '• 20%: Ruritania',
      '• 25%: Peru, Chile and Ghana',
      '- Laos: 40%',
      '3. Bolivia: 15%',
    ]);
  });

  it('splits text wrapped by hand at a short line before a capital, where a paragraph ends with no blank line', () => {
    const raw = [
      'Ruritania said on Monday it would put a 12 percent duty on farm machinery',
      'shipped from the United States, starting next month.',
      'Officials added that talks would resume in June.',
      '“We will answer,” said trade minister Anna Holm, who spoke in the capital',
      'Strelsau after a cabinet meeting.',
    ].join('\n');
    const result = prepareArticle('wrapped.txt', raw, { outlet: 'Example Wire', date: '2025-03-03', title: 'Cheese' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toEqual([
      'Ruritania said on Monday it would put a 12 percent duty on farm machinery shipped from the United States, starting next month.',
      'Officials added that talks would resume in June.',
      '“We will answer,” said trade minister Anna Holm, who spoke in the capital Strelsau after a cabinet meeting.',
    ]);
  });

  it('splits a page whose paragraph breaks were lost in copying at each sentence end run into a capital', () => {
    const raw =
      'Peru said on Thursday (May 6).A “formal agreement” is near, minister Piet Berg said.“Once it is signed, the levy goes,” Anna Holm told reporters.Berg added that the U.S.Trade office agreed.Holm said "no."Talks resumed in Lima."It is our duty," she said.';
    const result = prepareArticle('glued.txt', raw, { outlet: 'Example Wire', date: '2025-05-07', title: 'Peru deal' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.paragraphs).toEqual([
      'Peru said on Thursday (May 6).',
      'A “formal agreement” is near, minister Piet Berg said.',
      '“Once it is signed, the levy goes,” Anna Holm told reporters.',
      'Berg added that the U.S.Trade office agreed.',
      'Holm said "no."',
      'Talks resumed in Lima.',
      '"It is our duty," she said.',
    ]);
  });

  it('drops the headlines of other stories promoted under “RELATED:” inside the text, but not the article’s own headline under a heading at the top', () => {
    const raw = [
      'Related News',
      '',
      'Peru and Chile agree to cut tariffs',
      '',
      'Peru and Chile agreed on Monday to halve their tariffs on each other’s wine.',
      '',
      'RELATED:',
      '',
      'Chilean President Rivas Vows Tough Action on Smuggling: “We Will Act”',
      '',
      '“We have the best deal possible,” said trade minister Ana Rivas.',
    ].join('\n');
    const result = prepareArticle('related.txt', raw, { outlet: 'Example Wire', date: '2025-05-07' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.frontMatter.title).toBe('Peru and Chile agree to cut tariffs');
    expect(result.article.paragraphs).toEqual([
      'Peru and Chile agreed on Monday to halve their tariffs on each other’s wine.',
      '“We have the best deal possible,” said trade minister Ana Rivas.',
    ]);
  });
});
