import { Resvg } from '@resvg/resvg-js';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/project-root.ts';
import type { ChartData } from './chart-data.ts';
import { CHART_HEIGHT, CHART_WIDTH, chartSvg } from './svg.ts';

/** Rendered at twice the SVG's size, so the chart stays sharp on phones and high-density screens. */
export const CHART_SCALE = 2;

/**
 * The fonts shipped in the repository (DejaVu Sans, see assets/fonts/LICENSE-DejaVu.txt), and no
 * others: the picture comes out the same on every host, whatever fonts it has installed.
 */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(PROJECT_ROOT, 'assets', 'fonts', f));

export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

/**
 * The last charts drawn, by their SVG: a render costs ~150 ms of the one thread, and a server asks
 * for the same country's chart again and again until an article changes it (which changes the SVG).
 */
const RECENT = new Map<string, ChartImage>();
const RECENT_MAX = 16;

/** Forgets the charts drawn, so that the next of each is drawn again (the bench measures drawing). */
export function forgetDrawnCharts(): void {
  RECENT.clear();
}

/** The SVG as a PNG, rendered without a browser (or the same SVG's recent rendering). */
export function renderSvg(svg: string): ChartImage {
  const recent = RECENT.get(svg);
  if (recent) {
    RECENT.delete(svg);
    RECENT.set(svg, recent);
    return recent;
  }
  const image = drawSvg(svg);
  RECENT.set(svg, image);
  if (RECENT.size > RECENT_MAX) RECENT.delete(RECENT.keys().next().value!);
  return image;
}

/** Draws the SVG, always (exported so that a test can check drawing is deterministic). */
export function drawSvg(svg: string): ChartImage {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: CHART_SCALE },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

export function chartPng(data: ChartData): ChartImage {
  return renderSvg(chartSvg(data));
}

export const CHART_PIXELS = { width: CHART_WIDTH * CHART_SCALE, height: CHART_HEIGHT * CHART_SCALE } as const;
