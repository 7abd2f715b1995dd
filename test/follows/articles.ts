import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Articles written for the `/follow` tests, in our own words. */

export const CHINA_30 = [
  'The United States raised its tariff on Chinese goods to 30% on Monday, the White House said.',
  'Importers in California said shelf prices would climb before the holidays.',
];
export const CHINA_CUT = [
  'The United States cut its tariff on Chinese goods to 20% from 30% on Monday, after a week of talks in Geneva.',
  'Retailers welcomed the cut but said orders placed in the summer would still carry the higher duty.',
];
export const CHINA_CUT_AGAIN = [
  'The 20% tariff on Chinese goods is now in force, the United States trade office said on Wednesday.',
  'Freight brokers said bookings from Shenzhen picked up within hours.',
];
export const CANADA_35 = [
  'The United States imposed a 35% tariff on Canadian goods on Friday, the Commerce Department said.',
  'Ottawa said it would answer within days.',
];
export const CANADA_CUT = [
  'The United States lowered its tariff on Canadian goods to 25% from 35% on Tuesday, the Commerce Department said.',
  'Ontario carmakers said the relief came late.',
];

export const TRUCE_SET = [
  'Washington and Beijing agreed on Monday to suspend their higher tariffs on each other until November 10, 2026.',
  'Soybean traders said the pause gave them a season to plan.',
];
export const TRUCE_EXTENDED = [
  'The tariff truce between the United States and China, which was due to expire on November 10, 2026, was extended on Thursday to November 10, 2027.',
  'Shipping lines said they would keep their autumn schedules.',
];

/** Writes `articles/<name>.md` of a corpus folder, from the outlet Harbor Ledger. */
export function writeArticle(
  corpus: string,
  name: string,
  title: string,
  published: string,
  paragraphs: string[],
): string {
  const path = join(corpus, 'articles', `${name}.md`);
  writeFileSync(
    path,
    `---\ntitle: "${title}"\noutlet: Harbor Ledger\npublished: ${published}\nurl: https://news.example/${name}\n---\n\n${paragraphs.join('\n\n')}\n`,
  );
  return path;
}

/** A new, empty corpus folder (with its `articles/`) in the temporary directory. */
export function newCorpus(prefix: string): string {
  const corpus = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(corpus, 'articles'));
  return corpus;
}

/** A new corpus folder holding the articles given: name, title, date and paragraphs each. */
export function corpusWith(prefix: string, articles: [string, string, string, string[]][]): string {
  const corpus = newCorpus(prefix);
  for (const [name, title, published, paragraphs] of articles) writeArticle(corpus, name, title, published, paragraphs);
  return corpus;
}

export const MOREAU_FIRST = [
  '“We will answer every new tariff with one of our own,” said Ines Moreau, the French trade minister, on Tuesday.',
];
export const MOREAU_AGAIN = [
  'Wine exporters in Bordeaux counted the cost of the dispute on Friday.',
  '“Our growers cannot wait another season for a deal,” Ines Moreau told reporters in Paris.',
];

export const CHINA_STRUCK = [
  'A federal appeals court struck down the 30% tariff on Chinese goods on Thursday, ruling that the White House had exceeded its powers.',
  'Customs brokers said refunds could take months.',
];
export const CHINA_PAUSED = [
  'The White House paused the 30% tariff on Chinese goods on Wednesday while negotiators meet in Geneva.',
  'Toy importers said they would rush orders out of Shenzhen before talks end.',
];
