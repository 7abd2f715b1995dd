import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { isHoldout } from '../../src/eval/dataset.ts';
import { bestMatches, ratesLabelled, statementKey } from '../../src/eval/rates.ts';
import type { RateStatement } from '../../src/rates/rate-statement.ts';
import { sameSpan, sameSpeaker } from '../../src/eval/quotes.ts';
import { normalizeName, normalizeText } from '../../src/eval/score.ts';
import { isolatedEnv, TSX, tsxArgs } from '../helpers/subprocess.ts';

// A two-article set in the development set's format, written for this test (test/fixtures/eval-dataset).
const DATASET = 'test/fixtures/eval-dataset';

interface Report {
  articles: number;
  results: {
    section: string;
    figures: Record<string, { name: string; hits: number; total: number; value: number }[]>;
    misses: { file: string; split: string; text: string }[];
  }[];
}

async function runEval(...args: string[]): Promise<Report> {
  const { stdout } = await promisify(execFile)(
    TSX,
    tsxArgs('src/eval/cli.ts', ['--dataset', DATASET, '--json', ...args]),
    { env: isolatedEnv(), encoding: 'utf8' },
  );
  return JSON.parse(stdout) as Report;
}

describe('the real-news evaluation', () => {
  // `npm run eval` as a user runs it, both ways at once (each is a process that ingests the set).
  let all: Report;
  let byDefault: Report;
  beforeAll(async () => {
    [all, byDefault] = await Promise.all([runEval('--split', 'all'), runEval()]);
  }, 60_000);

  it('keeps every file whose number is divisible by three for the untouched half', () => {
    expect(['dc03', 'dp24', 'dc12'].map(isHoldout)).toEqual([true, true, true]);
    expect(['dc01', 'dp26', 'dc11'].map(isHoldout)).toEqual([false, false, false]);
  });

  it('compares quotations and names as a reader would', () => {
    expect(sameSpan('“We will not be pushed around,”', 'We will not be pushed around')).toBe(true);
    expect(sameSpan('We will not be pushed around, ever again by anyone at all', 'pushed around')).toBe(false);
    expect(normalizeText('Don’t  stop—now.')).toBe("don't stop-now");
    expect(normalizeName("The Ministry of Commerce's")).toBe('ministry of commerce');
  });

  it('gives each rate label the statement that fits it best, whatever the order of the labels', () => {
    // One pair and percent stated twice: on cars (read as in force) and on goods in general (to come).
    const statement = (status: RateStatement['status'], products?: string[]) =>
      ({ imposer: 'United States', target: 'Chile', percent: 15, status, products }) as RateStatement;
    const onCars = statement('current', ['cars']);
    const general = statement('scheduled');
    const label = (products: string | null) => ({
      file: 'dc01',
      imposer: 'United States',
      target: 'Chile',
      percent: 15,
      status: 'scheduled' as const,
      status_alt: [],
      products,
    });
    const carsLabel = label('cars');
    const generalLabel = label(null);
    // The label on cars comes first, but the general statement fits the general label in status
    // and scope: each label keeps the statement of its own scope, and neither is left over.
    const matches = bestMatches([carsLabel, generalLabel], [onCars, general]);
    expect(matches.get(generalLabel)).toBe(general);
    expect(matches.get(carsLabel)).toBe(onCars);
    // When the general statement is told twice, the label on cars takes the second (its status fits
    // better than the scope of the one on cars), and the one on cars is still the rate a label stands for.
    const again = statement('scheduled');
    const taken = bestMatches([carsLabel, generalLabel], [onCars, general, again]);
    expect(taken.get(carsLabel)).toBe(again);
    expect(ratesLabelled([carsLabel, generalLabel], taken).has(statementKey(onCars))).toBe(true);
  });

  it("takes a speaker as right only under one of the label's own names", () => {
    expect(sameSpeaker('Bernd Lange', 'Bernd Lange|Lange')).toBe(true);
    expect(sameSpeaker('the commerce ministry', "China's commerce ministry|commerce ministry")).toBe(true);
    // A body with its country is the body the label names without it; never the other way round.
    expect(sameSpeaker("China's Customs Tariff Commission", 'Customs Tariff Commission')).toBe(true);
    expect(sameSpeaker('Customs Tariff Commission', "China's Customs Tariff Commission")).toBe(false);
    // The same name in another word order is the same name.
    expect(sameSpeaker("China's Commerce Ministry", 'Ministry of Commerce|MOFCOM')).toBe(true);
    // Another person of the same surname, or the country for its ministry, is wrong.
    expect(sameSpeaker('Peter Lange', 'Bernd Lange|Lange')).toBe(false);
    expect(sameSpeaker('China', "China's commerce ministry|commerce ministry")).toBe(false);
  });

  it('ingests the set, scores each half apart, and lists what it missed', () => {
    const report = all;
    expect(report.articles).toBe(2);
    const section = (name: string) => report.results.find((r) => r.section === name)!;
    expect(report.results.map((r) => r.section)).toEqual([
      'quotes',
      'rates',
      'headline',
      'deadlines',
      'questions',
      'answers',
    ]);
    // Two labelled quotations in the tuning file (dc01), two in the holdout file (dp03).
    expect(section('quotes').figures.tune![0]).toMatchObject({ name: 'span recall', total: 2 });
    expect(section('quotes').figures.holdout![0]).toMatchObject({ name: 'span recall', total: 2 });
    expect(section('quotes').misses).toContainEqual({
      file: 'dp03',
      split: 'holdout',
      text: 'missed “words nobody in this article said” (Nobody)',
    });
    expect(section('questions').figures.tune![0]).toMatchObject({ name: 'recall@3', hits: 1, total: 1 });
    // The second holdout question's words run across two paragraphs: no passage can answer it.
    expect(section('questions').figures.holdout![2]).toMatchObject({
      name: 'answer within one passage',
      hits: 1,
      total: 2,
    });
    expect(section('rates').figures.holdout![0]).toMatchObject({ name: 'pair+percent recall', total: 3 });
    // The 40% on transshipped goods is limited, as its label says, though no product is named.
    expect(section('rates').figures.holdout![3]).toMatchObject({
      name: 'general vs product scope (of found)',
      hits: 3,
      total: 3,
    });
    // /ask's direct answer to "what does the US charge on Chilean goods now?" follows the headline rate.
    expect(section('answers').figures.holdout![0]).toMatchObject({
      name: 'direct answer with the right rate',
      hits: 1,
      total: 1,
    });
    expect(section('answers').misses).toContainEqual(expect.objectContaining({ file: 'dc01', split: 'tune' }));
  });

  it('shows only the tuning half unless asked', () => {
    const report = byDefault;
    for (const result of report.results) {
      expect(Object.keys(result.figures)).toEqual(['tune']);
      expect(result.misses.every((m) => m.split === 'tune')).toBe(true);
    }
  });
});
