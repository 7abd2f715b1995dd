/** The passages `/ask` shows for a question: the evaluation measures exactly these. */
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { PassageHit } from '../search/passage-index.ts';

export const PASSAGES_PER_ANSWER = 3;

export function askPassages(kb: KnowledgeBase, question: string): PassageHit[] {
  return kb.index.search(question, { limit: PASSAGES_PER_ANSWER });
}
