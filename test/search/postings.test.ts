import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { Best, derivedTerms, documentId, scoreField } from '../../src/search/postings.ts';

const docs = [
  { id: 'a', text: 'tariff talks resume tariff' },
  { id: 'b', text: 'steel tariff raised again after long talks with partners' },
  { id: 'c', text: 'no match here' },
];

describe('scoring on the posting lists', () => {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  index.addAll(docs);

  it('gives the scores MiniSearch gives (its private fields are still where we read them)', () => {
    const terms = ['tariff', 'talks'];
    const ms = index as MiniSearch<never>;
    const { score, held } = scoreField(
      ms,
      'text',
      terms.map((t) => derivedTerms(ms, t, false, false)),
      2,
    );
    const expected = index.search(terms.join(' '), { boost: { text: 2 } });
    expect(expected.length).toBe(2);
    for (const r of expected) {
      const shortId = [...score.keys()].find((k) => documentId(index as MiniSearch<never>, k) === r.id)!;
      // MiniSearch multiplies its sum by the number of query terms matched.
      expect(score.get(shortId)! * r.queryTerms.length).toBeCloseTo(r.score, 10);
      expect(held.get(shortId)).toBe(0b11);
    }
  });

  it('scores a prefix and a misspelling as MiniSearch does', () => {
    const ms = index as MiniSearch<never>;
    const [prefix, fuzzy] = [derivedTerms(ms, 'partn', false, true), derivedTerms(ms, 'tarrif', 0.34, false)];
    const { score, words } = scoreField(ms, 'text', [prefix, fuzzy], 1);
    const expected = index.search('partn tarrif', {
      prefix: (t) => t === 'partn',
      fuzzy: (t) => (t === 'tarrif' ? 0.34 : false),
    });
    expect(expected.map((r) => r.id).sort()).toEqual(['a', 'b']);
    for (const r of expected) {
      const shortId = [...score.keys()].find((k) => documentId(ms, k) === r.id)!;
      expect(score.get(shortId)! * r.queryTerms.length).toBeCloseTo(r.score, 10);
      expect(words.get(shortId)?.sort()).toEqual(r.terms.sort());
    }
  });
});

describe('Best', () => {
  it('keeps the k highest scores, equal scores to the higher tie-break key, and makes only what enters', () => {
    const best = new Best<string>(2);
    let made = 0;
    const offer = (score: number, tie: string) =>
      best.offer(
        score,
        () => tie,
        () => (made++, `${score}/${tie}`),
      );
    offer(1, '2025-01-01');
    offer(5, '2025-01-01');
    offer(5, '2025-03-01');
    offer(0.5, '2025-09-01');
    offer(5, '2024-12-31');
    expect(best.items()).toEqual(['5/2025-03-01', '5/2025-01-01']);
    expect(made).toBe(3);
  });

  it('keeps the first offered of equal scores and keys, in the order offered', () => {
    const best = new Best<string>(3);
    for (const item of ['a', 'b', 'c', 'd', 'e'])
      best.offer(
        1,
        () => 'same day',
        () => item,
      );
    expect(best.items()).toEqual(['a', 'b', 'c']);
  });
});
