import type { ChartData, ChartLine } from './chart-data.ts';
import { dayText, percentText } from './format.ts';
import { LINE_STYLES } from './svg.ts';

/** Discord's limit on an attachment's description. */
const ALT_TEXT_LIMIT = 1024;

/** One line in words, with at most `most` of its steps (the latest) named. */
function lineWords(l: ChartLine, style: (typeof LINE_STYLES)[number], most: number): string {
  const ahead = l.ahead
    ? ` ${l.ahead.status[0]!.toUpperCase()}${l.ahead.status.slice(1)}, not in force: ${percentText(l.ahead.percent, l.ahead.qualifier)}${l.ahead.effective ? ` from ${dayText(l.ahead.date)}` : ''} (dashed).`
    : '';
  if (l.steps.length === 0) return `${l.label}: no statement.${ahead}`;
  const named = l.steps
    .slice(-most)
    .map(
      (s) =>
        `${percentText(s.percent, s.qualifier)} from ${dayText(s.date)}${s.until ? ` until ${dayText(s.until)}` : ''}`,
    );
  const steps = l.steps.length > most ? [`${l.steps.length - most} earlier changes`, ...named] : named;
  const last = l.steps.at(-1)!;
  const now = last.until
    ? ' None in force now.'
    : l.steps.length === 1
      ? ''
      : ` Now ${percentText(last.percent, last.qualifier)}.`;
  return `${l.label} (${style.name}): ${steps.join(', ')}.${now}${ahead}`;
}

/** The chart in words, for the attachment's description: what a screen reader says instead of the picture. */
export function chartAltText(data: ChartData): string {
  const events = data.events.map((e) => `${e.label} ${dayText(e.date)}`);
  const words = (most: number) =>
    [
      `Step chart: ${data.title}, ${dayText(data.start)} to ${dayText(data.end)}.`,
      ...data.lines.map((l, i) => lineWords(l, LINE_STYLES[i]!, most)),
      ...(events.length > 0 ? [`Events: ${events.join(', ')}.`] : []),
      `From ${data.articles} article${data.articles === 1 ? '' : 's'}, newest ${dayText(data.newest)}.`,
    ].join(' ');
  // Long histories name fewer of their older steps until the words fit.
  let most = Math.max(...data.lines.map((l) => l.steps.length));
  let text = words(most);
  while (text.length > ALT_TEXT_LIMIT && most > 1) text = words(--most);
  return text.length <= ALT_TEXT_LIMIT ? text : `${text.slice(0, ALT_TEXT_LIMIT - 1)}…`;
}
