/**
 * The real-news development set (beside the checkout, see `npm run eval` and the set's README): raw page texts, a manifest
 * per set, and hand-made gold labels. Read as it is; nothing of it is ever copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const ManifestEntry = z.object({
  file: z.string(),
  date: z.string(),
  title: z.string(),
  outlet: z.string(),
  url: z.string().optional(),
});

/** `status_alt` is a list in one set and a string in the other. */
const StatusAlt = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

const Gold = z.object({
  quotes: z.array(
    z.object({
      file: z.string(),
      speaker: z.string(),
      text: z.string(),
      partial: z.boolean().optional(),
      truncated: z.boolean().optional(),
    }),
  ),
  not_speech: z.array(z.object({ file: z.string(), text: z.string() })),
  rates: z.array(
    z.object({
      file: z.string(),
      imposer: z.string(),
      target: z.string(),
      percent: z.number(),
      status: z.string(),
      status_alt: StatusAlt,
      products: z.string().nullable().optional(),
    }),
  ),
  deadlines: z.array(z.object({ file: z.string(), date: z.string(), about: z.string() })),
  questions: z.array(z.object({ file: z.string(), q: z.string(), expect: z.string(), style: z.string().optional() })),
  headline: z.array(
    z.object({
      asOf: z.string(),
      imposer: z.string(),
      target: z.string(),
      percent: z.array(z.number()),
      note: z.string().optional(),
    }),
  ),
});

export type ManifestEntry = z.infer<typeof ManifestEntry>;
export type Gold = z.infer<typeof Gold>;

export interface Dataset {
  dir: string;
  /** Every article of both sets, oldest first (by date, then file name). */
  manifest: ManifestEntry[];
  gold: Gold;
}

/** The sets the development folder holds: `manifest-<set>.json` beside `gold-<set>.json`. */
const SETS = ['china', 'partners'] as const;

export function loadDataset(dir: string): Dataset {
  const manifest: ManifestEntry[] = [];
  const gold: Gold = { quotes: [], not_speech: [], rates: [], deadlines: [], questions: [], headline: [] };
  for (const set of SETS) {
    const manifestPath = join(dir, `manifest-${set}.json`);
    if (!existsSync(manifestPath)) continue;
    manifest.push(...z.array(ManifestEntry).parse(JSON.parse(readFileSync(manifestPath, 'utf8'))));
    const labels = Gold.parse(JSON.parse(readFileSync(join(dir, `gold-${set}.json`), 'utf8')));
    for (const key of Object.keys(gold) as (keyof Gold)[]) (gold[key] as unknown[]).push(...labels[key]);
  }
  if (manifest.length === 0) throw new Error(`${dir}: no manifest-*.json found`);
  manifest.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  return { dir, manifest, gold };
}

/**
 * The untouched half: every file whose number is divisible by 3 (dc03, dc06, … dp24), about a third
 * of each set spread across the year. It is read only at the end of a piece of work.
 */
export function isHoldout(file: string): boolean {
  const number = Number(/\d+/.exec(file)?.[0]);
  return number % 3 === 0;
}

export type Split = 'tune' | 'holdout';
export const splitOf = (file: string): Split => (isHoldout(file) ? 'holdout' : 'tune');
