import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the server saw. */
export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
  at: number;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A web server on 127.0.0.1 (port 0) serving pages and feeds written for the tests, recording every
 * request. Routes are set per path (a route without a query answers any query); an unknown path is a 404.
 */
export class WebServer {
  readonly requests: SeenRequest[] = [];
  private readonly routes = new Map<string, Route>();
  private readonly server: Server;
  private readonly open = new Set<ServerResponse>();

  private constructor() {
    this.server = createServer((req, res) => {
      const path = req.url ?? '/';
      this.requests.push({ path, headers: req.headers, at: Date.now() });
      this.open.add(res);
      res.on('close', () => this.open.delete(res));
      const route = this.routes.get(path) ?? this.routes.get(path.split('?')[0] ?? path);
      if (route) route(req, res);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  }

  static async start(): Promise<WebServer> {
    const web = new WebServer();
    await new Promise<void>((resolve) => web.server.listen(0, '127.0.0.1', resolve));
    return web;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  route(path: string, route: Route): this {
    this.routes.set(path, route);
    return this;
  }

  /** A fixed answer: status, body (text or bytes) and headers. */
  serve(path: string, body: string | Buffer, headers: Record<string, string> = {}, status = 200): this {
    return this.route(path, (_req, res) => res.writeHead(status, headers).end(body));
  }

  hits(path: string): SeenRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A news page written for the tests: JSON-LD or meta date, canonical link, paragraphs. */
export function newsPage(page: {
  title: string;
  paragraphs: string[];
  site?: string;
  jsonLdDate?: string;
  metaDate?: string;
  timeDate?: string;
  canonical?: string;
  charset?: string;
}): string {
  const head = [
    page.charset ? `<meta charset="${page.charset}">` : '',
    `<title>${page.title} | ${page.site ?? 'Site'}</title>`,
    page.site ? `<meta property="og:site_name" content="${page.site}">` : '',
    page.canonical ? `<link rel="canonical" href="${page.canonical}">` : '',
    page.metaDate ? `<meta property="article:published_time" content="${page.metaDate}">` : '',
    page.jsonLdDate
      ? `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: page.title, datePublished: page.jsonLdDate })}</script>`
      : '',
    `<script>globalThis.pageScriptRan = true;</script>`,
  ].join('\n');
  const time = page.timeDate ? `<time datetime="${page.timeDate}">published</time>` : '';
  return `<!doctype html><html><head>${head}</head><body><nav>Home · World · Markets</nav><article><h1>${page.title}</h1>${time}${page.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Subscribe to our newsletter</footer></body></html>`;
}
