import { describe, expect, it } from 'vitest';
import { quoteLookup } from '../../src/quotes/lookup.ts';
import type { Quote, QuoteCatalog, Speaker } from '../../src/quotes/quote.ts';

/** A catalog with `speakers`, each quoted `count` times, in the given order (the catalog's newest first). */
function catalogOf(speakers: (Pick<Speaker, 'name' | 'aliases'> & { count: number })[]): QuoteCatalog {
  const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const quotes: Quote[] = speakers.flatMap((s, i) =>
    Array.from({ length: s.count }, (_, n) => ({
      text: `${s.name} ${n}`,
      speaker: key(s.name),
      partial: false,
      rule: 'name' as const,
      confidence: 0.95,
      citations: [{ articleId: `a${i}`, paragraph: 1, lastParagraph: 1 }],
    })),
  );
  return {
    speakers: speakers.map((s) => ({ key: key(s.name), name: s.name, kind: 'person', aliases: s.aliases })),
    quotes,
  };
}

const catalog = catalogOf([
  { name: 'Bess Truman Foundation', aliases: [], count: 9 },
  { name: 'Scott Bessent', aliases: ['Bessent', 'Treasury Secretary'], count: 4 },
  { name: 'Treasury Secretary Forum', aliases: [], count: 7 },
  { name: 'Bessent', aliases: [], count: 1 },
  { name: 'Shigeru Ishiba', aliases: ['Ishiba', 'Prime Minister'], count: 2 },
  { name: 'Justin Trudeau', aliases: ['Trudeau', 'Prime Minister'], count: 5 },
]);
const lookup = quoteLookup(catalog);
const completed = (typed: string, limit = 25) =>
  lookup.complete(typed, limit).map((c) => `${c.speaker.name} (${c.count})`);

describe('speaker autocomplete', () => {
  it('ranks the exact name first, then aliases, then names with a word starting with what was typed', () => {
    expect(completed('bessent')).toEqual(['Bessent (1)', 'Scott Bessent (4)']);
    expect(completed('treasury secretary')).toEqual(['Scott Bessent (4)', 'Treasury Secretary Forum (7)']);
    expect(completed('bes')).toEqual(['Bess Truman Foundation (9)', 'Scott Bessent (4)', 'Bessent (1)']);
  });

  it('orders each rank by how often the speaker is quoted', () => {
    expect(completed('prime minister')).toEqual(['Justin Trudeau (5)', 'Shigeru Ishiba (2)']);
  });

  it('offers the most quoted speakers when nothing is typed, and never more than asked', () => {
    expect(completed('', 3)).toEqual([
      'Bess Truman Foundation (9)',
      'Treasury Secretary Forum (7)',
      'Justin Trudeau (5)',
    ]);
    const many = quoteLookup(
      catalogOf(Array.from({ length: 40 }, (_, i) => ({ name: `Speaker ${i}`, aliases: [], count: 1 }))),
    );
    expect(many.complete('spea', 25)).toHaveLength(25);
  });

  it('ignores case, accents and a leading "the"', () => {
    expect(completed('THE treasury SECRETARY')[0]).toBe('Scott Bessent (4)');
    const accented = quoteLookup(catalogOf([{ name: 'Maroš Šefčovič', aliases: [], count: 1 }]));
    expect(accented.complete('sefc', 25).map((c) => c.speaker.name)).toEqual(['Maroš Šefčovič']);
    expect(accented.find('maros sefcovic')?.name).toBe('Maroš Šefčovič');
  });
});

describe('finding a speaker', () => {
  it('finds by key, name or alias; an alias two speakers share means the one quoted most recently', () => {
    expect(lookup.find('scott-bessent')?.name).toBe('Scott Bessent');
    expect(lookup.find('Treasury Secretary')?.name).toBe('Scott Bessent');
    // Ishiba's quotations come before Trudeau's in the catalog, which is newest first.
    expect(lookup.find('prime minister')?.name).toBe('Shigeru Ishiba');
    expect(lookup.find('nobody')).toBeUndefined();
  });

  it('suggests the closest names for a misspelling, and nothing for a stranger', () => {
    expect(lookup.suggest('Scot Besent', 3).map((s) => s.name)).toEqual(['Scott Bessent']);
    expect(lookup.suggest('trudeu', 3).map((s) => s.name)).toEqual(['Justin Trudeau']);
    expect(lookup.suggest('Janet Yellen', 3)).toEqual([]);
  });
});
