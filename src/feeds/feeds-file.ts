import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';

/** One feed of `corpus/feeds.yaml`: its URL, the outlet name to record (else the page's), keyword filters. */
export const FeedSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'url must be an http or https URL' }),
  outlet: z.string().trim().min(1).optional(),
  /** Only items whose title or summary has one of these words (any case). */
  include: z.array(z.string().trim().min(1)).optional(),
  /** Never items whose title or summary has one of these words. */
  exclude: z.array(z.string().trim().min(1)).optional(),
});
export type Feed = z.infer<typeof FeedSchema>;

const FileSchema = z.object({ feeds: z.array(FeedSchema).default([]) });

export const feedsPath = (corpusDir: string) => join(corpusDir, 'feeds.yaml');

/** The feeds of a corpus folder (none when it has no `feeds.yaml`), or what is wrong with the file. */
export function readFeeds(corpusDir: string): { feeds: Feed[] } | { error: string } {
  const path = feedsPath(corpusDir);
  if (!existsSync(path)) return { feeds: [] };
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    return { error: `${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const parsed = FileSchema.safeParse(raw);
  if (!parsed.success)
    return { error: `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  return { feeds: parsed.data.feeds };
}

const HEADER = `# Feeds the bot follows (RSS 2.0, Atom, RDF or JSON Feed). See the README, "Feeds".
# - url: https://example.com/feed.xml
#   outlet: Example News        # optional: the name to cite (else the page's og:site_name)
#   include: [tariff, trade]    # optional: only items that mention one of these
#   exclude: [sport]            # optional: never items that mention one of these
`;

export function writeFeeds(corpusDir: string, feeds: readonly Feed[]): void {
  writeFileSync(feedsPath(corpusDir), `${HEADER}${stringify({ feeds }, { lineWidth: 0 })}`);
}

/** Whether an item passes a feed's keyword filters (whole words, any case). */
export function passesFilters(feed: Feed, text: string): boolean {
  const has = (word: string) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
  if (feed.exclude?.some(has)) return false;
  return !feed.include || feed.include.some(has);
}
