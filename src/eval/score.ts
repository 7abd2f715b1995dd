/** What every part of the evaluation reports, and the text comparisons they share. */
import type { Split } from './dataset.ts';
import { foldAccents } from '../text/accents.ts';

export interface Figure {
  name: string;
  /** Hits over the total it is a share of; `value` is their ratio (NaN when the total is 0). */
  hits: number;
  total: number;
}

export interface Miss {
  file: string;
  split: Split;
  text: string;
}

export interface SectionResult {
  section: string;
  /** Figures for each half of the set. */
  figures: Record<Split, Figure[]>;
  misses: Miss[];
}

export const ratio = (f: Figure): number => (f.total === 0 ? Number.NaN : f.hits / f.total);

/** Counts `hits`/`total` per split for a figure, from items that carry their split. */
export function countBySplit<T extends { split: Split }>(
  name: string,
  items: readonly T[],
  hit: (item: T) => boolean,
): Record<Split, Figure> {
  const figure = (split: Split): Figure => {
    const mine = items.filter((i) => i.split === split);
    return { name, hits: mine.filter(hit).length, total: mine.length };
  };
  return { tune: figure('tune'), holdout: figure('holdout') };
}

/** Folds the figures made by `countBySplit` into a section's two lists. */
export function figuresBySplit(figures: readonly Record<Split, Figure>[]): Record<Split, Figure[]> {
  return { tune: figures.map((f) => f.tune), holdout: figures.map((f) => f.holdout) };
}

/** Text compared as a reader would: case, quote and dash styles, spacing and edge punctuation ignored. */
export function normalizeText(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"',.;:!?…-]+|[\s"',.;:!?…-]+$/g, '');
}

/** A name compared loosely: normalized text, with "the" and possessive forms dropped. */
export function normalizeName(name: string): string {
  return normalizeText(name).replace(/^the /, '').replace(/'s\b/g, '').replace(/[.']/g, '');
}
