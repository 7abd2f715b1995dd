import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/article.ts';
import { buildPassageIndex, loadPassageIndex, SEARCH_TUNING } from '../../src/search/passage-index.ts';

/** Enough passages that "tariff" and "China" are common terms, with a few on steel among them. */
function corpus(): Passage[] {
  const texts = Array.from(
    { length: SEARCH_TUNING.commonMinPassages + 500 },
    (_, i) => `Item ${i}: the tariff on China was discussed by officials in round ${i % 97}.`,
  );
  texts.push('Steel producers met in Pittsburgh to discuss the market.');
  texts.push('Steel tariffs on China rose again, officials said.');
  texts.push('Aluminium and steel prices fell in Europe.');
  return texts.map((text, i) => ({
    id: `a${i}#1`,
    articleId: `a${i}`,
    paragraph: 1,
    text,
    sentences: [{ start: 0, end: text.length }],
  }));
}

describe('searching a corpus where some terms are in most passages', () => {
  const passages = corpus();
  const index = buildPassageIndex(passages, () => ({ published: '2025-06-01', title: '', lead: '' }));

  it('finds with the rarer terms and ranks the passage that also has the common ones first', () => {
    const hits = index.search('steel tariffs on China');
    expect(hits[0]?.passage.text).toBe('Steel tariffs on China rose again, officials said.');
    expect(hits[0]?.terms).toEqual(expect.arrayContaining(['steel', 'tariff', 'china']));
    expect(hits.map((h) => h.passage.text)).toContain('Steel producers met in Pittsburgh to discuss the market.');
  });

  it('still answers a question made of common terms only', () => {
    expect(index.search('tariff on China')).toHaveLength(3);
  });

  it('ranks the same after a save and load through the cache format', () => {
    const restored = loadPassageIndex(JSON.parse(JSON.stringify(index.toJSON(passages))), passages, () => ({
      published: '2025-06-01',
      title: '',
      lead: '',
    }));
    expect(restored.search('steel tariffs on China').map((h) => h.passage.id)).toEqual(
      index.search('steel tariffs on China').map((h) => h.passage.id),
    );
  });
});
