/**
 * Deadlines: every stated date found with its article, and every shown date that no article
 * states listed (dates worked out from an anchored duration included: they are listed as such,
 * since no label can confirm them).
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { splitOf, type Dataset, type Split } from './dataset.ts';
import type { EvalCorpus } from './corpus.ts';
import { countBySplit, figuresBySplit, type Miss, type SectionResult } from './score.ts';

export function evaluateDeadlines(dataset: Dataset, kb: KnowledgeBase, corpus: EvalCorpus): SectionResult {
  // Every date a deadline shows, current or earlier, with each article that states it (the one
  // cited, and later ones that state the same date).
  const shown = kb.deadlines.flatMap((d) =>
    [d, ...d.history].flatMap((c) =>
      [c.article, ...(c.alsoIn ?? [])].map((article) => ({
        date: c.date,
        approximate: c.approximate,
        article,
        sentence: c.sentence,
        title: d.title,
      })),
    ),
  );
  const labelled = new Set(dataset.gold.deadlines.map((d) => d.date));
  const gold: { split: Split; found: boolean }[] = [];
  const dates: { split: Split; stated: boolean; own: boolean }[] = [];
  const misses: Miss[] = [];
  for (const [file, articleId] of corpus.articleOf) {
    const split = splitOf(file);
    const mine = shown.filter((s) => s.article?.id === articleId);
    const labels = dataset.gold.deadlines.filter((d) => d.file === file);
    for (const label of labels) {
      const found = mine.some((s) => s.date === label.date);
      gold.push({ split, found });
      if (!found) misses.push({ file, split, text: `missed ${label.date}: ${label.about}` });
    }
    for (const s of mine) {
      const stated = labelled.has(s.date);
      const own = labels.some((l) => l.date === s.date);
      dates.push({ split, stated, own });
      const how = s.approximate ? ', worked out from a duration' : '';
      const from = `${s.date} (${s.title}${how}) from “${s.sentence ?? ''}”`;
      if (!stated) misses.push({ file, split, text: `date no article states: ${from}` });
      else if (!own) misses.push({ file, split, text: `date another article states, not this one: ${from}` });
    }
  }
  return {
    section: 'deadlines',
    figures: figuresBySplit([
      countBySplit('recall of stated deadlines', gold, (g) => g.found),
      countBySplit('shown dates some article states', dates, (d) => d.stated),
      countBySplit('shown dates their own article states', dates, (d) => d.own),
    ]),
    misses,
  };
}
