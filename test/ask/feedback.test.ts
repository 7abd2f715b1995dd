import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.ts';
import { runConsoleJson, TEST_NOW } from '../helpers/console.ts';
import { isolatedEnv, TSX, tsxArgs } from '../helpers/subprocess.ts';

interface Components {
  components?: { components: { custom_id: string; label: string }[] }[];
}

const buttonsOf = (reply: Components) => reply.components?.[0]?.components ?? [];
const daysAfter = (days: number) => new Date(Date.parse(TEST_NOW) + days * 86_400_000).toISOString();

describe('👍 / 👎 under each /ask answer, through the console', () => {
  it('shows two vote buttons whose ids carry the answer, the vote and their date', async () => {
    const reply = await runConsoleJson('/ask why are the talks with China stalled?');
    const buttons = buttonsOf(reply.reply as Components);
    expect(buttons.map((b) => b.label)).toEqual(['👍', '👎']);
    expect(buttons[0]!.custom_id).toMatch(/^ask:vote:1:up:[0-9a-z]+$/);
    expect(buttons[1]!.custom_id).toMatch(/^ask:vote:1:down:[0-9a-z]+$/);
  });

  it('keeps one vote per user and answer, lets a user change it, and declines buttons over 30 days old', async () => {
    const store = openStore(':memory:');
    const asked = await runConsoleJson('/ask why are the talks with China stalled?', { store });
    const [up, down] = buttonsOf(asked.reply as Components).map((b) => b.custom_id);
    const press = (id: string, now = TEST_NOW) => runConsoleJson(`/button ${id}`, { store, now });

    const first = await press(up!);
    expect(first).toMatchObject({ ok: true, data: { vote: 'up', outcome: 'recorded' } });
    expect(first.reply.content).toMatch(/Thanks! Your 👍 is recorded/);
    expect(first.reply.flags).toBe(64);
    expect((await press(up!)).data).toMatchObject({ outcome: 'unchanged' });
    expect((await press(down!)).data).toMatchObject({ outcome: 'changed' });
    expect(await store.askFeedback.voted()).toMatchObject([
      { question: 'why are the talks with China stalled?', up: 0, down: 1 },
    ]);

    const late = await press(up!, daysAfter(31));
    expect(late.data).toMatchObject({ outcome: 'expired' });
    expect(late.reply.content).toMatch(/more than 30 days old/);
    expect(await store.askFeedback.voted()).toMatchObject([{ up: 0, down: 1 }]);
    expect((await press(up!, daysAfter(29))).data).toMatchObject({ outcome: 'changed' });
    await store.close();
  });

  it('answers a forged or unknown vote button clearly and changes nothing', async () => {
    const store = openStore(':memory:');
    const unknown = await runConsoleJson('/button ask:vote:99:up:tpe9k9', { store });
    expect(unknown.reply.content).toMatch(/no longer on record/);
    const forged = await runConsoleJson('/button ask:vote:1:sideways:tpe9k9', { store });
    expect(forged).toMatchObject({ ok: false });
    expect(await store.askFeedback.voted()).toEqual([]);
    await store.close();
  });

  it('exports the votes as questions in the development set format with npm run feedback:export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
    const database = join(dir, 'bot.db');
    const store = openStore(database);
    for (const [question, vote] of [
      ['why are the talks with China stalled?', 'up'],
      ['what did the Chinese side say about rare earths?', 'down'],
    ] as const) {
      const asked = await runConsoleJson(`/ask ${question}`, { store });
      const id = buttonsOf(asked.reply as Components).find((b) => b.custom_id.includes(`:${vote}:`))!.custom_id;
      await runConsoleJson(`/button ${id}`, { store });
    }
    await store.close();
    const out = join(dir, 'feedback.json');
    const printed = execFileSync(
      TSX,
      tsxArgs('src/ask/feedback-export-cli.ts', ['--out', out, '--database', database]),
      {
        env: isolatedEnv(),
        encoding: 'utf8',
      },
    );
    expect(printed).toContain('1 question voted up, 1 to label');
    const exported = JSON.parse(readFileSync(out, 'utf8')) as {
      questions: { file: string; q: string; expect: string }[];
      toLabel: { q: string; shown: string[] }[];
    };
    expect(exported.questions).toEqual([
      expect.objectContaining({ q: 'why are the talks with China stalled?', style: 'feedback', up: 1, down: 0 }),
    ]);
    expect(exported.questions[0]!.expect.split(' ')).toHaveLength(12);
    expect(exported.toLabel).toEqual([
      expect.objectContaining({ q: 'what did the Chinese side say about rare earths?', down: 1 }),
    ]);
  });
});
