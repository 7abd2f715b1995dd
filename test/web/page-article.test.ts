import { describe, expect, it } from 'vitest';
import { preparePage } from '../../src/corpus/ingest.ts';
import { htmlParagraphs, readPage } from '../../src/web/page-article.ts';
import { newsPage } from '../helpers/web-server.ts';

const PARAGRAPHS = [
  'Officials in Ottawa said on Tuesday that the counter-tariffs on steel would stay in place until the talks produce a written offer, a stance that exporters had urged for weeks.',
  '“We are ready to talk, but not to give in,” the trade minister told reporters, adding that a 25% levy on American steel remains in force.',
  'Analysts expect the next round of talks in Washington to decide whether the measures are widened to aluminium and autos later this year.',
];
const provenance = { origin: 'link' as const, added: '2026-12-02T00:00:00.000Z' };

describe('reading a news page', () => {
  it('takes the JSON-LD date, outlet, canonical URL and paragraphs; no script runs', () => {
    const html = newsPage({
      title: 'Ottawa keeps steel counter-tariffs',
      paragraphs: PARAGRAPHS,
      site: 'Maple Wire',
      jsonLdDate: '2025-07-01T08:00:00-04:00',
      metaDate: '2025-06-30',
      canonical: '/steel',
    });
    const page = readPage(html, 'http://news.test/steel?utm_source=x');
    expect(page).toMatchObject({
      title: 'Ottawa keeps steel counter-tariffs',
      outlet: 'Maple Wire',
      url: 'http://news.test/steel',
      published: { date: '2025-07-01', from: 'json-ld' },
      paragraphs: PARAGRAPHS,
    });
    expect((globalThis as { pageScriptRan?: boolean }).pageScriptRan).toBeUndefined();
  });

  it('falls back to article:published_time, then <time>, and takes the host as the outlet', () => {
    expect(
      readPage(
        newsPage({ title: 'T', paragraphs: PARAGRAPHS, metaDate: '2025-03-04T10:00:00Z' }),
        'http://www.steel-daily.test/a',
      ),
    ).toMatchObject({ published: { date: '2025-03-04', from: 'meta' }, outlet: 'steel-daily.test' });
    expect(
      readPage(newsPage({ title: 'T', paragraphs: PARAGRAPHS, timeDate: '2025-03-05' }), 'http://x.test/a').published,
    ).toEqual({ date: '2025-03-05', from: 'time' });
  });

  it('refuses a page without a date, saying why; --date overrides', () => {
    const page = readPage(newsPage({ title: 'Undated', paragraphs: PARAGRAPHS }), 'http://x.test/u');
    const refused = preparePage('http://x.test/u', page, {}, provenance);
    expect(refused).toEqual({
      ok: false,
      error: expect.stringMatching(/^http:\/\/x\.test\/u: the page states no publication date/),
    });
    const given = preparePage('http://x.test/u', page, { date: '2025-02-01' }, provenance);
    expect(given.ok && given.article.frontMatter).toMatchObject({
      published: '2025-02-01',
      origin: 'link',
      url: 'http://x.test/u',
    });
  });

  it('splits paragraphs on block elements and double line breaks, not on inline ones', () => {
    expect(
      htmlParagraphs(
        '<div>One <b>bold</b> line<br>goes on.<br><br>Second.</div><ul><li>Third</li><li>Fourth</li></ul><figure><figcaption>Caption</figcaption></figure>',
      ),
    ).toEqual(['One bold line goes on.', 'Second.', 'Third', 'Fourth']);
  });
});
