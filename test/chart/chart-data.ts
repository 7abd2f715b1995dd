import type { ChartData, ChartLine } from '../../src/chart/chart-data.ts';

/** Known timelines for the chart's tests, written here rather than read from articles. */

const source = { articleId: 'fixture', paragraph: 1 };

export const usOnChina: ChartLine = {
  imposer: 'United States',
  target: 'China',
  label: 'US on Chinese goods',
  steps: [
    { date: '2025-02-04', percent: 10, source },
    { date: '2025-04-10', percent: 145, source },
    { date: '2025-05-14', percent: 30, source },
  ],
  ahead: { date: '2025-12-01', effective: false, percent: 50, status: 'threatened', source },
};

export const chinaOnUs: ChartLine = {
  imposer: 'China',
  target: 'United States',
  label: 'China on US goods',
  steps: [
    { date: '2025-02-10', percent: 15, source },
    { date: '2025-05-14', percent: 10, source },
  ],
};

export const emptyLine = (imposer: string, target: string, label: string): ChartLine => ({
  imposer,
  target,
  label,
  steps: [],
});

export function chartOf(lines: readonly [ChartLine, ChartLine], events: ChartData['events'] = []): ChartData {
  return {
    title: 'Tariffs between the US and China',
    lines,
    events,
    start: '2025-02-01',
    end: '2025-12-01',
    articles: 7,
    newest: '2025-12-01',
    botName: 'Trade desk',
  };
}
