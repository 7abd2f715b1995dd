import { newsPage, WebServer } from '../helpers/web-server.ts';

/** Article text and feeds written for these tests. */

export const TARIFF_STORY = [
  'Canada will lift its retaliatory levies on American orange juice and peanut butter next month, the finance ministry said on Thursday, after a deal on dairy quotas.',
  '“The juice tariff served its purpose,” the finance minister told reporters in Ottawa, saying the remaining duties on steel would stay.',
];

/** An RSS feed with the given items (title, link path, date). */
export function rss(web: WebServer, items: { title: string; path: string; date: string }[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Maple Desk</title>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${web.url(i.path)}</link><guid>${i.path}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`,
    )
    .join('')}</channel></rss>`;
}

/** A site with one article (`/juice`) and its feed (`/rss.xml`), empty until `publishJuice`. */
export async function juiceSite(): Promise<WebServer> {
  const web = await WebServer.start();
  web.serve(
    '/juice',
    newsPage({
      title: 'Canada to lift orange juice levies',
      paragraphs: TARIFF_STORY,
      site: 'Maple Desk',
      jsonLdDate: '2025-08-07',
    }),
    { 'content-type': 'text/html' },
  );
  web.serve('/rss.xml', rss(web, []), { 'content-type': 'application/rss+xml' });
  return web;
}

/** The feed gains its one item. */
export function publishJuice(web: WebServer): void {
  web.serve(
    '/rss.xml',
    rss(web, [{ title: 'Canada to lift orange juice levies', path: '/juice', date: '2025-08-07T12:00:00Z' }]),
    { 'content-type': 'application/rss+xml' },
  );
}
