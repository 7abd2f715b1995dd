import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'fast-png';
import { afterAll, describe, expect, it } from 'vitest';
import type { SavedFile } from '../../src/console/attachments.ts';
import type { ConsoleJson } from '../../src/console/session.ts';
import { runConsole, runConsoleJson } from '../helpers/console.ts';
import { cli } from '../helpers/subprocess.ts';

/** The chart through the console: files written where `--out` says (a temporary folder without it), paths printed. */

const CHART_CORPUS = 'test/fixtures/chart';
const NOW = '2026-01-20T12:00:00Z';
const folders: string[] = [];
const newFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'chart-out-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function expectChartFile(file: SavedFile | undefined, dir: string, name: string): void {
  expect(file).toMatchObject({ name: 'tariff-china.png', contentType: 'image/png', width: 2400, height: 1350 });
  expect(file!.path).toBe(join(dir, name));
  expect(statSync(file!.path).size).toBe(file!.bytes);
  const png = decode(readFileSync(file!.path));
  expect([png.width, png.height]).toEqual([2400, 1350]);
}

describe('/tariff chart in the console', () => {
  it(
    'npm run cli -- --json --out DIR: each reply line lists its files, written to DIR, a second chart beside the first',
    { timeout: 60_000 },
    async () => {
      const dir = join(newFolder(), 'charts');
      const { code, stdout, stderr } = await cli(
        ['--corpus', CHART_CORPUS, '--now', NOW, '--json', '--out', dir],
        '/tariff country:china chart:true\n/button tariff:chart:China\n/tariff china\n',
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const [first, pressed, plain] = stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as ConsoleJson);
      expectChartFile(first!.files?.[0], dir, 'tariff-china.png');
      expectChartFile(pressed!.files?.[0], dir, 'tariff-china-2.png');
      expect(first!.reply.embeds[0]!.image).toEqual({ url: 'attachment://tariff-china.png' });
      expect(first!.reply).not.toHaveProperty('files');
      expect(first!.data.chart).toMatchObject({ file: 'tariff-china.png' });
      expect(plain!.files).toBeUndefined();
    },
  );

  it('prints the path of each file under the answer, in a temporary folder without --out', async () => {
    const { stdout } = await runConsole('/tariff country:china chart:true', { corpus: CHART_CORPUS, now: NOW });
    const path = /^📎 tariff-china\.png: (.+) \(2400×1350, \d+ KB\)$/m.exec(stdout)?.[1];
    expect(path).toMatch(new RegExp(`^${tmpdir()}/trade-desk-[^/]+/tariff-china\\.png$`));
    expect(existsSync(path!)).toBe(true);
    folders.push(join(path!, '..'));
  });

  it('gives the chart’s numbers with their citations and the lines in the data', async () => {
    const json = await runConsoleJson('/tariff country:china chart:true', {
      corpus: CHART_CORPUS,
      now: NOW,
      out: newFolder(),
    });
    const chart = json.data.chart as { lines: { label: string; steps: { date: string; percent: number }[] }[] };
    expect(chart.lines.map((l) => [l.label, l.steps.map((s) => `${s.percent}% ${s.date}`)])).toEqual([
      [
        'US on Chinese goods',
        ['10% 2025-02-04', '20% 2025-03-04', '145% 2025-04-10', '30% 2025-05-14', '20% 2025-11-10'],
      ],
      ['China on US goods', ['10% 2025-02-04', '125% 2025-04-10', '10% 2025-05-14']],
    ]);
    expect(json.files?.[0]?.name).toBe('tariff-china.png');
  });
});
