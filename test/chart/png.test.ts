import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { CHART_PIXELS, CHART_SCALE, chartPng, drawSvg } from '../../src/chart/png.ts';
import { chartLayout, chartSvg, LINE_STYLES } from '../../src/chart/svg.ts';
import { chartOf, chinaOnUs, emptyLine, usOnChina } from './chart-data.ts';

/** The chart rendered and decoded back: what Discord's readers would see, pixel by pixel. */

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('the chart as PNG', () => {
  const data = chartOf([usOnChina, chinaOnUs]);
  const image = chartPng(data);
  const png = decode(image.png);
  const layout = chartLayout(data);
  /** The colour at a point of the SVG's coordinates. */
  const pixel = (x: number, y: number) => {
    const [px, py] = [Math.round(x * CHART_SCALE), Math.round(y * CHART_SCALE)];
    const at = (py * png.width + px) * png.channels;
    return [...png.data.slice(at, at + 3)];
  };

  it('is a PNG of 2400×1350 (1200×675 at twice the density), under 1 MB', () => {
    expect(Buffer.from(image.png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.width, png.height]).toEqual([CHART_PIXELS.width, CHART_PIXELS.height]);
    expect([image.width, image.height]).toEqual([2400, 1350]);
    expect(image.png.byteLength).toBeLessThan(1024 * 1024);
  });

  it('has each line in its colour where its steps must be, and the white card elsewhere', () => {
    const [us, china] = LINE_STYLES;
    const between = (a: string, b: string) => (layout.x(a) + layout.x(b)) / 2;
    // The middle of each flat stretch: US at 145% in April, US at 30% over the summer, China at 10%.
    expect(pixel(between('2025-04-10', '2025-05-14'), layout.y(145))).toEqual(rgb(us.colour));
    expect(pixel(between('2025-06-01', '2025-11-01'), layout.y(30))).toEqual(rgb(us.colour));
    expect(pixel(between('2025-06-01', '2025-11-01'), layout.y(10))).toEqual(rgb(china.colour));
    expect(pixel(between('2025-02-10', '2025-04-10'), layout.y(15))).toEqual(rgb(china.colour));
    // Nothing at 145% in the summer: the rate came down.
    expect(pixel(between('2025-06-01', '2025-11-01'), layout.y(145))).toEqual([255, 255, 255]);
  });

  it('draws its text with the shipped font: the title is ink on the card', () => {
    let ink = 0;
    for (let x = 40; x < 400; x += 2) for (let y = 22; y < 52; y += 2) if (pixel(x, y)[0]! < 100) ink++;
    expect(ink).toBeGreaterThan(200);
  });

  it('draws the same bytes every time', () => {
    expect(Buffer.from(drawSvg(chartSvg(data)).png).equals(Buffer.from(image.png))).toBe(true);
  });

  it('gives the same chart asked again without drawing it again, and draws a changed chart anew', () => {
    expect(chartPng(data)).toBe(image);
    const other = chartPng(chartOf([usOnChina, emptyLine('China', 'United States', 'China on US')]));
    expect(other).not.toBe(image);
    expect(Buffer.from(other.png).equals(Buffer.from(image.png))).toBe(false);
  });
});
