import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractRates } from '../../src/rates/extract.ts';
import { RATE_STATUSES } from '../../src/rates/rate-statement.ts';

const FIXTURES = 'test/fixtures/rates';

interface Label {
  p: number;
  imposer: string;
  target: string;
  percent: number;
  status: string;
}

/** One key per statement: right only when article, paragraph, imposer, target, percent and status all are. */
const keyOf = (article: string, s: { p: number; imposer: string; target: string; percent: number; status: string }) =>
  `${article} ¶${s.p}: ${s.imposer} → ${s.target} ${s.percent}% ${s.status}`;

const labels = parse(readFileSync(`${FIXTURES}/labels.yaml`, 'utf8')) as Record<string, Label[]>;
const { articles, problems } = loadCorpus(FIXTURES);

/** Matches extracted statements to labels one to one (a label is used once, so duplicates count). */
function score() {
  const missed: string[] = [];
  const wrong: string[] = [];
  let right = 0;
  for (const article of articles) {
    const expected = (labels[article.id] ?? []).map((l) => keyOf(article.id, l));
    for (const s of extractRates(article)) {
      const key = keyOf(article.id, { ...s, p: s.paragraph });
      const at = expected.indexOf(key);
      if (at >= 0) {
        expected.splice(at, 1);
        right++;
      } else wrong.push(key);
    }
    missed.push(...expected);
  }
  return { right, wrong, missed, precision: right / (right + wrong.length), recall: right / (right + missed.length) };
}

describe('rate extraction on the labelled fixture articles', () => {
  it('labels only real articles, with canonical statuses', () => {
    expect(problems).toEqual([]);
    const ids = new Set(articles.map((a) => a.id));
    expect(Object.keys(labels).filter((id) => !ids.has(id))).toEqual([]);
    const statuses = new Set(
      Object.values(labels)
        .flat()
        .map((l) => l.status),
    );
    expect([...statuses].filter((s) => !(RATE_STATUSES as readonly string[]).includes(s))).toEqual([]);
    // Every status is covered by the fixtures.
    expect([...statuses].sort()).toEqual([...RATE_STATUSES].sort());
  });

  it('finds statements with precision and recall of at least 0.9 (imposer, target, percent and status all right)', () => {
    const { right, wrong, missed, precision, recall } = score();
    console.log(
      `rates accuracy on ${articles.length} fixture articles: ${right} right, ${wrong.length} wrong, ${missed.length} missed; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        [...wrong.map((w) => `\n  extra:  ${w}`), ...missed.map((m) => `\n  missed: ${m}`)].join(''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
