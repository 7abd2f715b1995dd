import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/catalog.ts';
import type { QuoteCatalog } from '../../src/quotes/quote.ts';
import { MAX_KEY_LENGTH } from '../../src/quotes/speakers.ts';
import { articleOf } from '../deadlines/articles.ts';

const speakerNamed = (catalog: QuoteCatalog, name: string) => catalog.speakers.find((s) => s.name === name);
const quotesBy = (catalog: QuoteCatalog, name: string) =>
  catalog.quotes.filter((q) => q.speaker === speakerNamed(catalog, name)?.key).map((q) => q.text);

/** True when `value` is made of plain objects, arrays, strings, numbers, booleans and nulls only. */
function isPlainJson(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainJson);
  return (
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.values(value as object).every(isPlainJson)
  );
}

describe('speakers across articles', () => {
  const catalog = extractQuotes([
    articleOf('a-older', '2025-03-01', ['U.S. Treasury Secretary Scott Bessent said talks were "on track."']),
    articleOf('b-newer', '2025-04-01', [
      '"We are close to a deal," Bessent said.',
      'Bessent added that Japan was "next in line."',
    ]),
    articleOf('c-china', '2025-04-02', ['China\'s Ministry of Commerce said it would "fight to the end."']),
    articleOf('d-china', '2025-04-03', [
      'The Chinese Ministry of Commerce said the tariffs were "a mistake." "We urge the U.S. to stop," the ministry said.',
    ]),
    articleOf('e-china', '2025-04-04', ['China\'s commerce ministry called the move "bullying."']),
  ]);

  it('makes one speaker of a full name, a surname and a title, with those as aliases', () => {
    const bessent = speakerNamed(catalog, 'Scott Bessent');
    expect(bessent).toMatchObject({ key: 'scott-bessent', kind: 'person' });
    expect(bessent?.aliases).toEqual(expect.arrayContaining(['Bessent', 'Treasury Secretary']));
    // Newest article first; within an article, in reading order.
    expect(quotesBy(catalog, 'Scott Bessent')).toEqual(['We are close to a deal', 'next in line.', 'on track.']);
  });

  it('makes one organisation of its names, whatever the word order and country form', () => {
    const organisations = catalog.speakers.filter((s) => s.kind === 'organisation');
    expect(organisations).toHaveLength(1);
    const [ministry] = organisations;
    expect([ministry?.name, ...(ministry?.aliases ?? [])]).toEqual(
      expect.arrayContaining([
        "China's Ministry of Commerce",
        'Chinese Ministry of Commerce',
        "China's commerce ministry",
        'the ministry',
      ]),
    );
    expect(catalog.quotes.filter((q) => q.speaker === ministry?.key)).toHaveLength(4);
  });

  it('makes one person of a name written with and without a middle initial', () => {
    const trumps = extractQuotes([
      articleOf('t1', '2025-01-01', ['President Donald J. Trump said the deal was "very close."']),
      articleOf('t2', '2025-01-02', ['"We will see," said Donald Trump.']),
    ]);
    expect(trumps.speakers).toHaveLength(1);
    expect([trumps.speakers[0]?.name, ...(trumps.speakers[0]?.aliases ?? [])].sort()).toEqual([
      'Donald J. Trump',
      'Donald Trump',
    ]);
  });

  it('gives a surname of several words the one person the corpus names in full with it', () => {
    const catalog = extractQuotes([
      articleOf('v1', '2025-01-01', ['"We want a fair deal," said Ursula von der Leyen.']),
      articleOf('v2', '2025-01-02', ['Von der Leyen said the bloc needed until July to "find common ground."']),
      articleOf('v3', '2025-01-03', ['"Talks go on," Von der Leyen said.']),
    ]);
    // The fullest name is the one shown, however often the shorter one is used.
    expect(catalog.speakers.map((s) => s.name)).toEqual(['Ursula von der Leyen']);
  });

  it('keeps a surname that fits two people as a speaker of its own', () => {
    const wangs = extractQuotes([
      articleOf('w1', '2025-01-01', ['Commerce Minister Wang Wentao said exports would "hold up."']),
      articleOf('w2', '2025-01-02', ['Foreign Minister Wang Yi said China was "not afraid."']),
      articleOf('w3', '2025-01-03', ['"We will respond," Wang said.']),
    ]);
    expect(wangs.speakers.map((s) => s.name).sort()).toEqual(['Wang', 'Wang Wentao', 'Wang Yi']);
  });

  it('keeps a person apart from two people who spoke together, one of them that person', () => {
    const catalog = extractQuotes([
      articleOf('j1', '2025-01-01', ['Mr Hale and Sir Owen Pryce announced a "historic" agreement on Thursday.']),
      articleOf('j2', '2025-01-02', ['Prime Minister Sir Owen Pryce said: "British jobs come first."']),
    ]);
    expect(quotesBy(catalog, 'Owen Pryce')).toEqual(['British jobs come first.']);
  });

  it('gives keys that fit in a button id', () => {
    const long = extractQuotes([
      articleOf('l', '2025-01-01', [
        'The International Federation of Independent Agricultural and Industrial Producers of Southern Europe said it was "alarmed."',
      ]),
    ]);
    const [speaker] = long.speakers;
    expect(speaker?.key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(speaker?.key).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('the catalog', () => {
  const catalog = extractQuotes([
    articleOf('older', '2025-02-01', ['"Tariffs are a tax on consumers," said Mary Lovely, an economist.']),
    articleOf('newer', '2025-02-03', [
      'Trade slowed again. “Tariffs are a tax on consumers,” said economist Mary Lovely.',
      'An unnamed aide said it was "too early to tell."',
    ]),
  ]);

  it('makes one entry of a quotation found in two articles, citing both, newest first', () => {
    expect(catalog.quotes.filter((q) => q.text === 'Tariffs are a tax on consumers')).toEqual([
      {
        text: 'Tariffs are a tax on consumers',
        speaker: 'mary-lovely',
        partial: false,
        rule: 'name',
        confidence: 0.95,
        citations: [
          { articleId: 'newer', paragraph: 1, lastParagraph: 1 },
          { articleId: 'older', paragraph: 1, lastParagraph: 1 },
        ],
      },
    ]);
  });

  it('keeps quotations whose speaker is unknown, with no speaker', () => {
    expect(catalog.quotes.find((q) => q.text.startsWith('too early'))).toMatchObject({
      speaker: null,
      rule: 'unknown',
      confidence: 0,
    });
  });

  it('is plain JSON, the same after a round trip through the cache', () => {
    expect(isPlainJson(catalog)).toBe(true);
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });
});

describe('one person, one entry across the corpus (issue 12)', () => {
  it('gives a surname the full name another article names, even when nobody is quoted there', () => {
    const catalog = extractQuotes([
      articleOf('a-profile', '2025-03-01', ['President Nora Okafor visited the port on Monday.']),
      articleOf('b-profile', '2025-03-02', ['Nora Okafor signed the decree.']),
      articleOf('c-quote', '2025-03-03', ['"We will not wait," Okafor said.']),
      articleOf('d-quote', '2025-03-04', ['Mrs Okafor said the levy was "a last resort."']),
    ]);
    expect(catalog.speakers.map((s) => s.name)).toEqual(['Nora Okafor']);
    expect(quotesBy(catalog, 'Nora Okafor')).toHaveLength(2);
  });

  it('leaves a surname alone when two people of the corpus share it about as often', () => {
    const catalog = extractQuotes([
      articleOf('a-one', '2025-03-01', ['Nora Okafor visited the port.']),
      articleOf('b-two', '2025-03-02', ['Samuel Okafor chairs the exporters group.']),
      articleOf('c-quote', '2025-03-03', ['"We will not wait," Okafor said.']),
    ]);
    expect(catalog.speakers.map((s) => s.name)).toEqual(['Okafor']);
  });

  it('does not make one quotation of a short phrase two articles give to different speakers', () => {
    const catalog = extractQuotes([
      articleOf('a-one', '2025-03-01', ['Nora Okafor called the accord a "huge deal."']),
      articleOf('b-two', '2025-03-02', ['Traders said it was a "huge deal" for the port.']),
    ]);
    expect(catalog.quotes.map((q) => q.speaker)).toEqual([null, 'nora-okafor']);
  });
});

describe('one quotation reported by two outlets', () => {
  it('is one quotation whether or not an outlet kept its accents', () => {
    const catalog = extractQuotes([
      articleOf('a-wire', '2025-07-02', [
        'Trade Minister Nguyen Hong Dien said: "Việt Nam will keep buying American farm goods this year."',
      ]),
      articleOf('b-paper', '2025-07-03', [
        'Trade Minister Nguyen Hong Dien said: "Viet Nam will keep buying American farm goods this year."',
      ]),
    ]);
    expect(quotesBy(catalog, 'Nguyen Hong Dien')).toHaveLength(1);
  });
});
