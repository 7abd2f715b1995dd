/** Deadlines: every stated date found with its article, and no date shown that no article gives. */
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { splitOf, type Dataset, type Split } from './dataset.ts';
import type { EvalCorpus } from './corpus.ts';
import { countBySplit, figuresBySplit, type Miss, type SectionResult } from './score.ts';

export function evaluateDeadlines(dataset: Dataset, kb: KnowledgeBase, corpus: EvalCorpus): SectionResult {
  // Every date a deadline shows, current or earlier, with the article that gives it.
  const shown = kb.deadlines.flatMap((d) =>
    [{ date: d.date, article: d.article, sentence: d.sentence, title: d.title }].concat(
      d.history.map((h) => ({ date: h.date, article: h.article, sentence: h.sentence, title: d.title })),
    ),
  );
  const labelled = new Set(dataset.gold.deadlines.map((d) => d.date));
  const gold: { split: Split; found: boolean }[] = [];
  const dates: { split: Split; stated: boolean }[] = [];
  const misses: Miss[] = [];
  for (const [file, articleId] of corpus.articleOf) {
    const split = splitOf(file);
    const mine = shown.filter((s) => s.article?.id === articleId);
    for (const label of dataset.gold.deadlines.filter((d) => d.file === file)) {
      const found = mine.some((s) => s.date === label.date);
      gold.push({ split, found });
      if (!found) misses.push({ file, split, text: `missed ${label.date}: ${label.about}` });
    }
    for (const s of mine) {
      const stated = labelled.has(s.date);
      dates.push({ split, stated });
      if (!stated)
        misses.push({ file, split, text: `date no article states: ${s.date} (${s.title}) from “${s.sentence ?? ''}”` });
    }
  }
  return {
    section: 'deadlines',
    figures: figuresBySplit([
      countBySplit('recall of stated deadlines', gold, (g) => g.found),
      countBySplit('shown dates some article states', dates, (d) => d.stated),
    ]),
    misses,
  };
}
