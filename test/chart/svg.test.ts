import { describe, expect, it } from 'vitest';
import { chartAltText } from '../../src/chart/alt-text.ts';
import { chartLayout, chartSvg, LINE_STYLES } from '../../src/chart/svg.ts';
import { chartOf, chinaOnUs, emptyLine, usOnChina } from './chart-data.ts';

/** The `d` of every path drawn in `colour`, solid or dashed. */
function pathsIn(svg: string, colour: string): { d: string; dashed: boolean }[] {
  return [...svg.matchAll(/<path d="([^"]+)"([^>]*)\/>/g)]
    .filter((m) => m[2]!.includes(`stroke="${colour}"`))
    .map((m) => ({ d: m[1]!, dashed: m[2]!.includes('stroke-dasharray') }));
}

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

/** The corners a path of M/L commands goes through, repeats dropped. */
function cornersOf(d: string): [number, number][] {
  const points = [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m): [number, number] => [Number(m[1]), Number(m[2])]);
  return points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
}

function expectCorners(d: string, expected: [number, number][]): void {
  const corners = cornersOf(d);
  expect(corners).toHaveLength(expected.length);
  corners.forEach(([x, y], i) => {
    expect(x).toBeCloseTo(expected[i]![0], 1);
    expect(y).toBeCloseTo(expected[i]![1], 1);
  });
}

/** Markers drawn inside the plot (the legend's samples sit above it). */
function plotMarkers(svg: string, colour: string, top: number): string[] {
  return [...svg.matchAll(/<(?:rect x="[\d.]+" y|circle cx="[\d.]+" cy)="([\d.]+)"[^>]*\/>/g)]
    .filter((m) => m[0].includes(`"${colour}"`) && Number(m[1]) > top - 20)
    .map((m) => m[0]);
}

describe('the chart as SVG', () => {
  const data = chartOf([usOnChina, chinaOnUs], [{ date: '2025-05-12', label: 'truce' }]);
  const svg = chartSvg(data);
  const layout = chartLayout(data);
  const [us, china] = LINE_STYLES;

  it('draws each in-force rate as steps: flat at each rate from its date to the next, to the end of the period', () => {
    const solid = pathsIn(svg, us.colour).filter((p) => !p.dashed);
    expect(solid).toHaveLength(1);
    const { x, y } = layout;
    expectCorners(solid[0]!.d, [
      [x('2025-02-04'), y(10)],
      [x('2025-04-10'), y(10)],
      [x('2025-04-10'), y(145)],
      [x('2025-05-14'), y(145)],
      [x('2025-05-14'), y(30)],
      [layout.endX, y(30)],
    ]);
    expect(layout.endX).toBeCloseTo(x('2025-12-01'), 5);
  });

  it('draws the threatened rate dashed, from the end of the in-force line to the right edge', () => {
    const dashed = pathsIn(svg, us.colour).filter((p) => p.dashed);
    expect(dashed).toHaveLength(1);
    expectCorners(dashed[0]!.d, [
      [layout.endX, layout.y(30)],
      [layout.endX, layout.y(50)],
      [layout.plot.right, layout.y(50)],
    ]);
    expect(pathsIn(svg, china.colour).filter((p) => p.dashed)).toEqual([]);
  });

  it('labels the current values at the right edge, the event, the legend and the footer', () => {
    const words = texts(svg);
    expect(words).toEqual(expect.arrayContaining(['30%', '10%', '→ 50% threatened', 'truce']));
    expect(words).toEqual(expect.arrayContaining(['US on Chinese goods', 'China on US goods', 'not yet in force']));
    expect(words).toContain('From 7 articles, newest 1 Dec 2025 · Trade desk');
    // The event's marker stands at its date.
    expect(svg).toContain(`<line x1="${layout.x('2025-05-12')}"`);
  });

  it('uses only the shipped font family, and escapes text', () => {
    expect(svg).toContain('font-family="DejaVu Sans"');
    const escaped = chartSvg({ ...data, title: 'Tariffs <between> “A & B”' });
    expect(escaped).toContain('Tariffs &#60;between&#62; “A &#38; B”');
  });

  it('draws a direction with no statement as no line at all, and says so, never as zero', () => {
    const svg = chartSvg(chartOf([usOnChina, emptyLine('China', 'United States', 'China on US goods')]));
    expect(pathsIn(svg, china.colour)).toEqual([]);
    expect(plotMarkers(svg, china.colour, chartLayout(data).plot.top)).toEqual([]);
    expect(plotMarkers(svg, us.colour, chartLayout(data).plot.top)).not.toEqual([]);
    expect(texts(svg)).toEqual(expect.arrayContaining(['China on US goods: no statement', 'no statement']));
  });

  it('breaks the line where a rate stopped with none stated after it (paused, struck down), and says none is in force', () => {
    const struck = {
      ...chinaOnUs,
      steps: [{ ...chinaOnUs.steps[0]!, until: '2025-06-01' }],
    };
    const data = chartOf([usOnChina, struck]);
    const svg = chartSvg(data);
    const layout = chartLayout(data);
    const paths = pathsIn(svg, china.colour);
    expect(paths).toHaveLength(1);
    expectCorners(paths[0]!.d, [
      [layout.x('2025-02-10'), layout.y(15)],
      [layout.x('2025-06-01'), layout.y(15)],
    ]);
    expect(texts(svg)).toContain('none in force');
    expect(chartAltText(data)).toContain(
      'China on US goods (orange, thin line with squares): 15% from 10 Feb 2025 until 1 Jun 2025. None in force now.',
    );
  });

  it('draws a single statement as one labelled point, not a line', () => {
    const one = { ...chinaOnUs, steps: [chinaOnUs.steps[0]!] };
    const data = chartOf([emptyLine('United States', 'China', 'US on Chinese goods'), one]);
    const svg = chartSvg(data);
    const layout = chartLayout(data);
    expect(pathsIn(svg, china.colour)).toEqual([]);
    const squares = [
      ...svg.matchAll(
        new RegExp(`<rect x="([\\d.]+)" y="([\\d.]+)" width="20" height="20" fill="${china.colour}"/>`, 'g'),
      ),
    ];
    expect(squares).toHaveLength(1);
    expect(Number(squares[0]![1]) + 10).toBeCloseTo(layout.x('2025-02-10'), 0);
    expect(Number(squares[0]![2]) + 10).toBeCloseTo(layout.y(15), 0);
    expect(texts(svg)).toContain('15% · 10 Feb 2025');
  });

  it('says when neither direction has a statement', () => {
    const none = chartSvg(
      chartOf([
        emptyLine('United States', 'China', 'US on Chinese goods'),
        emptyLine('China', 'United States', 'China on US goods'),
      ]),
    );
    expect(texts(none)).toContain('No article states a general rate either way');
    expect(none).not.toMatch(/<path d="M/);
  });

  it('states the lines in words for the alt text, within Discord’s 1,024 characters', () => {
    const alt = chartAltText(data);
    expect(alt).toContain(
      'US on Chinese goods (blue, thick line with circles): 10% from 4 Feb 2025, 145% from 10 Apr 2025, 30% from 14 May 2025. Now 30%. Threatened, not in force: 50% (dashed).',
    );
    expect(alt).toContain(
      'China on US goods (orange, thin line with squares): 15% from 10 Feb 2025, 10% from 14 May 2025.',
    );
    expect(alt).toContain('Events: truce 12 May 2025.');
    const long = chartOf([
      { ...usOnChina, steps: Array.from({ length: 80 }, (_, i) => ({ ...usOnChina.steps[0]!, percent: i + 1 })) },
      chinaOnUs,
    ]);
    const cut = chartAltText(long);
    expect(cut.length).toBeLessThanOrEqual(1024);
    expect(cut).toMatch(/US on Chinese goods \(.+\): \d+ earlier changes, /);
    expect(cut).toContain('China on US goods');
  });
});
