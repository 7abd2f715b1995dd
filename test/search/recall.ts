import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import type { SeedQuestion } from './questions.ts';

/** Share of questions with at least one of their answers among the top 3 of `rank`. */
export function recallAt3(kb: KnowledgeBase, questions: SeedQuestion[], rank: (question: string) => string[]): number {
  const hit = questions.filter((q) => {
    const top = rank(q.question).slice(0, 3);
    return q.answers.some((a) =>
      top.some(
        (id) =>
          kb.passageById.get(id)?.paragraph === a.paragraph &&
          kb.articleById.get(kb.passageById.get(id)?.articleId ?? '')?.outlet === a.outlet,
      ),
    );
  });
  return hit.length / questions.length;
}

/** MiniSearch with its default options over the same passages: the baseline our tuning must beat. */
export function vanillaRanker(kb: KnowledgeBase): (question: string) => string[] {
  const vanilla = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  vanilla.addAll(kb.passages.map(({ id, text }) => ({ id, text })));
  return (question) => vanilla.search(question).map((r) => String(r.id));
}
