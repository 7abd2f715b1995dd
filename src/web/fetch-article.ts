import { preparePage, type IngestMeta, type Prepared, type Provenance } from '../corpus/ingest.ts';
import { MAX_PAGE_BYTES, type PoliteFetcher } from '../fetch/polite-fetcher.ts';
import { decodeBytes } from './decode.ts';
import { readPage } from './page-article.ts';

const HTML = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/** Fetches a news page and reads its article into front matter and paragraphs, or says why not. */
export async function fetchArticle(
  url: string,
  fetcher: PoliteFetcher,
  meta: IngestMeta,
  provenance: Provenance,
): Promise<Prepared> {
  const got = await fetcher.get(url, MAX_PAGE_BYTES, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' });
  if (!got.ok) return { ok: false, error: `${url}: ${got.error}` };
  const type = got.response.headers['content-type'] ?? 'text/html';
  if (!HTML.test(type)) return { ok: false, error: `${url}: not a web page (${type.split(';')[0]})` };
  const { text } = decodeBytes(got.response.body, type);
  return preparePage(url, readPage(text, got.response.url), meta, provenance);
}
