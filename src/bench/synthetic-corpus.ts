import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AFFILIATIONS,
  COMPANY_SUFFIXES,
  COMPANY_SYLLABLES,
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  OFFICIALS,
  OUTLETS,
  PRODUCTS,
  RATES,
  type Country,
  type Person,
} from './lexicon.ts';
import { capitalize, DAY_MS, tellStory, type Story } from './news-story.ts';
import { Random } from './random.ts';
import { foldAccents } from '../text/accents.ts';

/**
 * A synthetic corpus of trade news (see `news-story.ts` for what the articles say), dated over
 * 2025, in the corpus file format. The same seed gives byte-identical files.
 */

export interface SyntheticArticle {
  /** File name without `.md`: unique, and the article's id once loaded. */
  slug: string;
  title: string;
  outlet: string;
  /** YYYY-MM-DD */
  published: string;
  paragraphs: string[];
}

export interface CorpusOptions {
  seed: number;
  articles: number;
}

const YEAR_START = Date.UTC(2025, 0, 1);
const PAUSE_DAYS = [90, 90, 90, 30, 60, 120, 45];

/** How many paragraphs an article has: about 10. */
export const PARAGRAPHS = { min: 8, max: 12 } as const;

/** Analysts quoted besides the officials, made from name parts: a long tail of speakers, as in a year of news. */
function analystsOf(random: Random): Person[] {
  return FIRST_NAMES.flatMap((first) =>
    random.sample(LAST_NAMES, 6).map((last) => ({ name: `${first} ${last}`, affiliation: random.pick(AFFILIATIONS) })),
  );
}

function companyName(random: Random): string {
  const word = Array.from({ length: 3 }, () => random.pick(COMPANY_SYLLABLES)).join('');
  return `${capitalize(word)} ${random.pick(COMPANY_SUFFIXES)}`;
}

function officialOf(country: Country, random: Random): Person {
  const own = OFFICIALS.filter((p) => p.country === country.name);
  return own.length > 0 ? random.pick(own) : random.pick(OFFICIALS);
}

function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
}

function article(random: Random, index: number, analysts: readonly Person[]): SyntheticArticle {
  const published = new Date(YEAR_START + random.int(0, 364) * DAY_MS);
  const imposer = random.chance(0.6) ? (COUNTRIES[0] as Country) : random.pickSkewed(COUNTRIES);
  const target = random.pickSkewed(COUNTRIES.filter((c) => c !== imposer));
  const pauseDays = random.pick(PAUSE_DAYS);
  const outlet = random.pick(OUTLETS);
  // House style: half the outlets use curly quotation marks.
  const curly = outlet.length % 2 === 0;
  const story: Story = {
    random,
    published,
    imposer,
    target,
    product: random.pickSkewed(PRODUCTS),
    otherProduct: random.pick(PRODUCTS),
    rate: random.pickSkewed(RATES),
    previous: random.pickSkewed(RATES),
    pauseDays,
    deadline: new Date(published.getTime() + random.int(10, pauseDays) * DAY_MS),
    officials: [officialOf(imposer, random), officialOf(target, random), officialOf(imposer, random)],
    analysts: random.sample(analysts, 2),
    company: companyName(random),
    open: curly ? '“' : '"',
    close: curly ? '”' : '"',
    ap: outlet === 'Associated Press' || random.chance(0.3),
    introduced: new Set(),
  };
  const { title, paragraphs } = tellStory(story, random.int(PARAGRAPHS.min, PARAGRAPHS.max));
  const day = published.toISOString().slice(0, 10);
  return {
    slug: `${day}-${slugify(title)}-${String(index).padStart(5, '0')}`,
    title,
    outlet,
    published: day,
    paragraphs,
  };
}

/** The articles of a synthetic corpus; the first N of a larger corpus are the corpus of N with the same seed. */
export function generateArticles({ seed, articles }: CorpusOptions): SyntheticArticle[] {
  const random = new Random(seed);
  const analysts = analystsOf(random);
  return Array.from({ length: articles }, (_, i) => article(random, i + 1, analysts));
}

/** An article in the corpus file format: YAML front matter, then paragraphs separated by blank lines. */
export function articleFile(a: SyntheticArticle): string {
  // A JSON string is a valid double-quoted YAML scalar, whatever the title holds (colons, quotes).
  return `---\ntitle: ${JSON.stringify(a.title)}\noutlet: ${a.outlet}\npublished: ${a.published}\n---\n\n${a.paragraphs.join('\n\n')}\n`;
}

export interface SyntheticCorpus {
  /** The corpus folder (it has an `articles/` folder). */
  dir: string;
  articles: SyntheticArticle[];
  /** Deletes the folder. */
  remove(): void;
}

/** Writes a synthetic corpus into a new temporary folder. */
export function writeSyntheticCorpus(options: CorpusOptions): SyntheticCorpus {
  const dir = mkdtempSync(join(tmpdir(), 'trade-desk-bench-'));
  const articles = generateArticles(options);
  mkdirSync(join(dir, 'articles'));
  for (const a of articles) writeFileSync(join(dir, 'articles', `${a.slug}.md`), articleFile(a));
  return { dir, articles, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
