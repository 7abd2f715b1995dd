import { scaleLinear, scaleUtc } from 'd3-scale';
import { curveStepAfter, line as linePath } from 'd3-shape';
import type { ChartData, ChartEvent, ChartLine } from './chart-data.ts';
import { dayOf, dayText, monthText, percentText } from './format.ts';

/**
 * The rate chart as an SVG string: two step lines, dashed steps for what is still ahead, event
 * markers, the current values at the right edge. Plain data in, text out: `png.ts` renders it.
 */

export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 675;

/**
 * Okabe–Ito blue and vermillion: told apart with every common colour-vision deficiency, and dark
 * enough on the white card, which is opaque so that Discord's dark and light themes both show it
 * the same. The second cue is the line itself: thick with circles, thinner with squares.
 */
export const LINE_STYLES = [
  { colour: '#0072B2', width: 7, marker: 'circle', name: 'blue, thick line with circles' },
  { colour: '#D55E00', width: 4, marker: 'square', name: 'orange, thin line with squares' },
] as const;

const INK = '#1f2430';
const MUTED = '#4a5160';
const GRID = '#e3e6ea';
const EVENT = '#7a8394';
const FONT = 'DejaVu Sans';
const TYPE = { title: 34, legend: 20, axis: 20, event: 17, value: 28, valueLabel: 17, footer: 18 } as const;
/** DejaVu Sans runs about this wide per character, in ems: enough to lay labels out without measuring. */
const EM_PER_CHAR = 0.6;

const PLOT = { left: 86, right: CHART_WIDTH - 214, top: 170, bottom: CHART_HEIGHT - 82 } as const;
const EVENT_ROWS = [124, 150] as const;
const DAY_MS = 86_400_000;
const MIN_SPAN_DAYS = 60;

/** Pixel positions of dates and rates, shared by the drawing and the tests that look for the lines. */
export interface ChartLayout {
  plot: typeof PLOT;
  x(date: string): number;
  y(percent: number): number;
  /** The rightmost date drawn: the period's end, or later when something is still ahead. */
  until: string;
  /** Where the in-force lines end: the period's end. */
  endX: number;
  ticks: { x: Date[]; y: number[] };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function chartLayout(data: ChartData): ChartLayout {
  const aheads = data.lines.flatMap((l) => (l.ahead ? [l.ahead] : []));
  let start = dayOf(data.start).getTime();
  let end = Math.max(dayOf(data.end).getTime(), ...aheads.map((a) => dayOf(a.date).getTime()));
  // A short period is widened around its dates, so that a single day is a point in the middle, not on the axis.
  if (end - start < MIN_SPAN_DAYS * DAY_MS) {
    const pad = (MIN_SPAN_DAYS * DAY_MS - (end - start)) / 2;
    [start, end] = [start - pad, end + pad];
  }
  // A little room on the left, so that the first step's marker does not sit on the axis.
  start -= (end - start) * 0.015;
  // A zone to the right for what is ahead, so a dashed step has room to show.
  if (aheads.length > 0) end += Math.max(14 * DAY_MS, (end - start) * 0.08);
  const x = scaleUtc()
    .domain([new Date(start), new Date(end)])
    .range([PLOT.left, PLOT.right]);
  const percents = data.lines.flatMap((l) => [...l.steps.map((s) => s.percent), ...(l.ahead ? [l.ahead.percent] : [])]);
  const y = scaleLinear()
    .domain([0, Math.max(10, ...percents) * 1.05])
    .nice(6)
    .range([PLOT.bottom, PLOT.top]);
  return {
    plot: PLOT,
    x: (date) => x(dayOf(date)),
    y: (percent) => y(percent),
    until: isoDay(end),
    endX: x(dayOf(data.end)),
    ticks: { x: x.ticks(7), y: y.ticks(6) },
  };
}

/** Text safe inside SVG markup. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const textWidth = (text: string, size: number) => text.length * size * EM_PER_CHAR;

function text(
  x: number,
  y: number,
  content: string,
  {
    size,
    fill = INK,
    weight,
    anchor,
    italic,
  }: { size: number; fill?: string; weight?: 'bold'; anchor?: 'middle' | 'end'; italic?: boolean },
): string {
  const attrs = [
    `x="${x.toFixed(1)}"`,
    `y="${y.toFixed(1)}"`,
    `font-size="${size}"`,
    `fill="${fill}"`,
    weight ? `font-weight="${weight}"` : '',
    anchor ? `text-anchor="${anchor}"` : '',
    italic ? 'font-style="italic"' : '',
  ];
  return `<text ${attrs.filter(Boolean).join(' ')}>${esc(content)}</text>`;
}

function marker(kind: 'circle' | 'square', x: number, y: number, colour: string, size: number, hollow = false): string {
  const paint = hollow ? `fill="#ffffff" stroke="${colour}" stroke-width="3"` : `fill="${colour}"`;
  return kind === 'circle'
    ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${size}" ${paint}/>`
    : `<rect x="${(x - size).toFixed(1)}" y="${(y - size).toFixed(1)}" width="${size * 2}" height="${size * 2}" ${paint}/>`;
}

/** "Mar", with the year on January and on the first tick; "12 Mar" when the ticks fall inside months. */
function tickLabel(tick: Date, first: boolean, days: boolean): string {
  const month = monthText(tick);
  if (days) return `${tick.getUTCDate()} ${month}`;
  return first || tick.getUTCMonth() === 0 ? `${month} ${tick.getUTCFullYear()}` : month;
}

function axes(layout: ChartLayout): string {
  const parts: string[] = [];
  for (const t of layout.ticks.y) {
    const y = layout.y(t);
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y}" y2="${y}" stroke="${GRID}" stroke-width="2"/>`);
    parts.push(text(PLOT.left - 12, y + 7, `${t}%`, { size: TYPE.axis, fill: MUTED, anchor: 'end' }));
  }
  const days = layout.ticks.x.some((t) => t.getUTCDate() !== 1);
  layout.ticks.x.forEach((t, i) => {
    const x = layout.x(t.toISOString().slice(0, 10));
    if (x > PLOT.right - 20) return;
    parts.push(
      `<line x1="${x}" x2="${x}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 8}" stroke="${MUTED}" stroke-width="2"/>`,
    );
    parts.push(
      text(x, PLOT.bottom + 34, tickLabel(t, i === 0, days), { size: TYPE.axis, fill: MUTED, anchor: 'middle' }),
    );
  });
  parts.push(
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="${MUTED}" stroke-width="2"/>`,
  );
  return parts.join('');
}

/** Event markers: a dotted rule through the plot, a short label above it, in two rows so neighbours do not collide. */
function events(list: readonly ChartEvent[], layout: ChartLayout): string {
  const rowEnds = EVENT_ROWS.map(() => -Infinity);
  const parts: string[] = [];
  for (const e of [...list].sort((a, b) => a.date.localeCompare(b.date))) {
    const x = layout.x(e.date);
    if (x < PLOT.left || x > PLOT.right) continue;
    parts.push(
      `<line x1="${x}" x2="${x}" y1="${PLOT.top - 14}" y2="${PLOT.bottom}" stroke="${EVENT}" stroke-width="2" stroke-dasharray="2 6"/>`,
      `<path d="M${x} ${PLOT.top - 4} l-7 -10 h14 z" fill="${EVENT}"/>`,
    );
    const width = textWidth(e.label, TYPE.event);
    const left = Math.min(Math.max(x - width / 2, PLOT.left - 40), CHART_WIDTH - 16 - width);
    const row = rowEnds.findIndex((end) => left > end + 12);
    if (row < 0) continue;
    rowEnds[row] = left + width;
    parts.push(text(left + width / 2, EVENT_ROWS[row]!, e.label, { size: TYPE.event, fill: MUTED, anchor: 'middle' }));
  }
  return parts.join('');
}

/** One statement and nothing else: drawn as a labelled point, since a line would claim what no article says. */
const isSingle = (l: ChartLine) => l.steps.length === 1 && !l.ahead && !l.steps[0]!.until;

/** One direction's steps: solid to the period's end, the step still ahead dashed; a single statement is a labelled point. */
function series(l: ChartLine, style: (typeof LINE_STYLES)[number], layout: ChartLayout): string {
  const parts: string[] = [];
  const points = l.steps.map((s): [number, number] => [layout.x(s.date), layout.y(s.percent)]);
  const draw = linePath().curve(curveStepAfter);
  const stroke = `fill="none" stroke="${style.colour}" stroke-width="${style.width}" stroke-linejoin="round"`;
  const single = isSingle(l);
  // Runs drawn without a break: a step that stopped (`until`) ends its run there, the last one at the period's end.
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  l.steps.forEach((step, i) => {
    run.push(points[i]!);
    if (!step.until && i < l.steps.length - 1) return;
    runs.push([...run, [step.until ? layout.x(step.until) : layout.endX, layout.y(step.percent)]]);
    run = [];
  });
  if (!single) for (const r of runs) parts.push(`<path d="${draw(r)}" ${stroke}/>`);
  if (l.ahead) {
    const from = l.steps.at(-1)?.until ? undefined : l.steps.at(-1);
    const x0 = l.ahead.effective ? layout.x(l.ahead.date) : layout.endX;
    const lead: [number, number][] = from ? [[layout.endX, layout.y(from.percent)]] : [];
    const path = draw([...lead, [x0, layout.y(l.ahead.percent)], [PLOT.right, layout.y(l.ahead.percent)]]);
    parts.push(`<path d="${path}" ${stroke} stroke-dasharray="${style.width * 2.2} ${style.width * 1.6}"/>`);
    parts.push(marker(style.marker, x0, layout.y(l.ahead.percent), style.colour, 7, true));
  }
  for (const [x, y] of points) parts.push(marker(style.marker, x, y, style.colour, single ? 10 : 7));
  if (single) {
    const [x, y] = points[0]!;
    const s = l.steps[0]!;
    const label = `${percentText(s.percent, s.qualifier)} · ${dayText(s.date)}`;
    const right = x + 18 + textWidth(label, TYPE.valueLabel + 3) < PLOT.right;
    parts.push(
      text(right ? x + 18 : x - 18, y - 14, label, {
        size: TYPE.valueLabel + 3,
        fill: style.colour,
        weight: 'bold',
        ...(right ? {} : { anchor: 'end' as const }),
      }),
    );
  }
  return parts.join('');
}

/** The current values at the right edge, one block per line, pushed apart when the lines end close together. */
function edgeLabels(data: ChartData, layout: ChartLayout): string {
  const blocks = data.lines.map((l, i) => {
    const last = l.steps.at(-1);
    const single = isSingle(l);
    const y = last && !last.until ? layout.y(last.percent) : l.ahead ? layout.y(l.ahead.percent) : PLOT.bottom - 40;
    // From the value's cap height to below its last line, plus a gap.
    return { l, style: LINE_STYLES[i]!, y, single, last, height: (l.ahead ? 76 : 52) + 12 };
  });
  // A single statement is labelled at its point instead.
  const sorted = blocks.filter((b) => !b.single).sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++)
    sorted[i]!.y = Math.max(sorted[i]!.y, sorted[i - 1]!.y + sorted[i - 1]!.height);
  const bottom = sorted.at(-1);
  const overflow = bottom ? bottom.y + bottom.height - 14 - (CHART_HEIGHT - 24) : 0;
  if (overflow > 0) for (const b of sorted) b.y -= overflow;
  const x = PLOT.right + 16;
  return blocks
    .filter((b) => !b.single)
    .map(({ l, style, y, last }) => {
      const value = !last ? 'no statement' : last.until ? 'none in force' : percentText(last.percent, last.qualifier);
      const ahead = l.ahead ? `→ ${percentText(l.ahead.percent, l.ahead.qualifier)} ${l.ahead.status}` : '';
      return [
        text(x, y + 9, value, {
          size: last && !last.until ? TYPE.value : TYPE.valueLabel,
          fill: style.colour,
          weight: 'bold',
          ...(last && !last.until ? {} : { italic: true }),
        }),
        text(x, y + 34, l.label, { size: TYPE.valueLabel, fill: MUTED }),
        ahead ? text(x, y + 58, ahead, { size: TYPE.valueLabel, fill: style.colour }) : '',
      ].join('');
    })
    .join('');
}

function legend(data: ChartData): string {
  let x = 40;
  const y = 88;
  const parts: string[] = [];
  data.lines.forEach((l, i) => {
    const style = LINE_STYLES[i]!;
    parts.push(
      `<line x1="${x}" x2="${x + 44}" y1="${y - 7}" y2="${y - 7}" stroke="${style.colour}" stroke-width="${style.width}"/>`,
      marker(style.marker, x + 22, y - 7, style.colour, 7),
    );
    const label = l.steps.length === 0 && !l.ahead ? `${l.label}: no statement` : l.label;
    parts.push(text(x + 56, y, label, { size: TYPE.legend }));
    x += 56 + textWidth(label, TYPE.legend) + 36;
  });
  if (data.lines.some((l) => l.ahead)) {
    parts.push(
      `<line x1="${x}" x2="${x + 44}" y1="${y - 7}" y2="${y - 7}" stroke="${MUTED}" stroke-width="4" stroke-dasharray="9 6"/>`,
      text(x + 56, y, 'not yet in force', { size: TYPE.legend, fill: MUTED }),
    );
  }
  return parts.join('');
}

export function chartSvg(data: ChartData): string {
  const layout = chartLayout(data);
  const empty = data.lines.every((l) => l.steps.length === 0 && !l.ahead);
  const footer = `From ${data.articles} article${data.articles === 1 ? '' : 's'}, newest ${dayText(data.newest)} · ${data.botName}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${FONT}">`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" rx="18" fill="#ffffff"/>`,
    text(40, 50, data.title, { size: TYPE.title, weight: 'bold' }),
    legend(data),
    axes(layout),
    events(data.events, layout),
    ...data.lines.map((l, i) => series(l, LINE_STYLES[i]!, layout)),
    empty
      ? text(
          (PLOT.left + PLOT.right) / 2,
          (PLOT.top + PLOT.bottom) / 2,
          'No article states a general rate either way',
          {
            size: TYPE.legend + 4,
            fill: MUTED,
            anchor: 'middle',
          },
        )
      : '',
    edgeLabels(data, layout),
    text(40, CHART_HEIGHT - 18, footer, { size: TYPE.footer, fill: MUTED }),
    '</svg>',
  ].join('');
}
