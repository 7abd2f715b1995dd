/** `/ask`: is the paragraph that answers each question among the top three passages, and how high. */
import { askPassages, PASSAGES_PER_ANSWER } from '../ask/passages.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { splitOf, type Dataset, type Split } from './dataset.ts';
import type { EvalCorpus } from './corpus.ts';
import { normalizeText, type Figure, type Miss, type SectionResult } from './score.ts';

/** As many passages as `/ask` shows. */
const TOP = PASSAGES_PER_ANSWER;

export function evaluateQuestions(dataset: Dataset, kb: KnowledgeBase, corpus: EvalCorpus): SectionResult {
  const results: { split: Split; rank: number; reachable: boolean }[] = [];
  const misses: Miss[] = [];
  // Every passage's text as the answers are compared, once for all questions.
  const texts = kb.passages.map((p) => normalizeText(p.text));
  for (const question of dataset.gold.questions) {
    if (!corpus.articleOf.has(question.file)) continue;
    const split = splitOf(question.file);
    const expect = normalizeText(question.expect);
    const hits = askPassages(kb, question.q);
    const rank = hits.findIndex((h) => normalizeText(h.passage.text).includes(expect)) + 1;
    // Whether the answer is one passage at all: a miss where it is not lies in ingest, not ranking.
    const reachable = rank > 0 || texts.some((text) => text.includes(expect));
    results.push({ split, rank, reachable });
    if (rank === 0)
      misses.push({
        file: question.file,
        split,
        text: `“${question.q}”${question.style ? ` (${question.style})` : ''}: got ${hits.map((h) => h.passage.id).join(', ') || 'nothing'}`,
      });
  }
  const figures = (split: Split): Figure[] => {
    const mine = results.filter((r) => r.split === split);
    const reciprocal = mine.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0);
    return [
      { name: `recall@${TOP}`, hits: mine.filter((r) => r.rank > 0).length, total: mine.length },
      // MRR as a figure: the sum of reciprocal ranks over the number of questions.
      { name: `MRR@${TOP}`, hits: Math.round(reciprocal * 1000) / 1000, total: mine.length },
      { name: 'answer within one passage', hits: mine.filter((r) => r.reachable).length, total: mine.length },
    ];
  };
  return { section: 'questions', figures: { tune: figures('tune'), holdout: figures('holdout') }, misses };
}
