import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/article.ts';
import { buildPassageIndex, loadPassageIndex } from '../../src/search/passage-index.ts';

const passage = (articleId: string, paragraph: number, text: string): Passage => ({
  id: `${articleId}#${paragraph}`,
  articleId,
  paragraph,
  text,
  sentences: [{ start: 0, end: text.length }],
});

const first = [
  passage('steel', 1, 'Washington doubled its tariffs on imported steel to 50 percent.'),
  passage('steel', 2, 'Mills in Ohio said the duties would protect jobs.'),
  passage('talks', 1, 'Negotiators from Beijing and Washington met in Geneva for trade talks.'),
  passage('talks', 2, 'The talks ended without a deal on rare earth exports.'),
];
const later = [passage('autos', 1, 'Tokyo asked for relief from the new duties on Japanese cars.')];
const articleOf = (id: string) => ({
  published: id === 'autos' ? '2025-07-01' : '2025-06-01',
  title: `About ${id}`,
  lead: first.find((p) => p.articleId === id && p.paragraph === 1)?.text ?? '',
});
const questions = ['steel tariffs', 'talks in Geneva', 'duties on cars', 'rare earth', 'negotiat'];
const answers = (index: ReturnType<typeof buildPassageIndex>) =>
  questions.map((q) => index.search(q).map((h) => [h.passage.id, h.score, h.terms]));
/**
 * A saved index as each term's postings, by term: restored, MiniSearch's tree of terms may list
 * them in another order (as with its own `loadJS`), with the same postings.
 */
function byTerm(saved: ReturnType<ReturnType<typeof buildPassageIndex>['toJSON']>) {
  const postingsOf = ({ terms, postings }: { terms: string[]; postings: number[] }) => {
    let at = 0;
    const segments = terms.map((term) => {
      const start = at++;
      for (let fields = postings[start]!; fields > 0; fields--) at += 2 + 2 * postings[at + 1]!;
      return [term, postings.slice(start, at)] as const;
    });
    return Object.fromEntries(segments.sort(([a], [b]) => a.localeCompare(b)));
  };
  return { ...saved, miniSearch: postingsOf(saved.miniSearch), articles: postingsOf(saved.articles) };
}
/** Through the cache's text form, as a start reads it. */
const reloaded = (index: ReturnType<typeof buildPassageIndex>, passages: Passage[]) =>
  loadPassageIndex(JSON.parse(JSON.stringify(index.toJSON(passages))), passages, articleOf);

describe('the packed index of the cache', () => {
  it('answers as the index it was saved from, and saves again to the same form unread', () => {
    const built = buildPassageIndex(first, articleOf);
    const restored = reloaded(built, first);
    expect(byTerm(restored.toJSON(first))).toEqual(byTerm(built.toJSON(first)));
    expect(answers(restored)).toEqual(answers(built));
    expect(byTerm(restored.toJSON(first))).toEqual(byTerm(built.toJSON(first)));
  });

  it('takes new passages after a restore, and saves and restores them with the rest', () => {
    const built = buildPassageIndex(first, articleOf);
    built.add(later);
    const restored = reloaded(buildPassageIndex(first, articleOf), first);
    restored.add(later);
    expect(answers(restored)).toEqual(answers(built));
    // Saved in the order a start reads the passages in: the newest article first.
    const all = [...later, ...first];
    expect(answers(reloaded(restored, all))).toEqual(answers(built));
  });

  it('refuses a packed form out of shape instead of serving half an index', () => {
    const saved = JSON.parse(JSON.stringify(buildPassageIndex(first, articleOf).toJSON(first)));
    saved.miniSearch.postings.pop();
    expect(() => loadPassageIndex(saved, first, articleOf)).toThrow(/postings/);
  });
});
