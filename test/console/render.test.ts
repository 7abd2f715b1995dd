import { describe, expect, it } from 'vitest';
import { toDiscordPayload } from '../../src/render/discord-payload.ts';
import { cutText, DISCORD_LIMITS } from '../../src/render/limits.ts';
import { errorReply } from '../../src/render/reply.ts';

describe('the Discord payload renderer keeps every reply inside Discord’s limits', () => {
  it('cuts long text at a sentence end with "…" and closes bold it left open', () => {
    const text = `${'One sentence here. '.repeat(10)}**bold ${'word '.repeat(50)}**`;
    const cut = cutText(text, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/here\.…$/);
    expect(cutText(`**${'x '.repeat(200)}**`, 50)).toMatch(/\*\*…$/);
  });

  it('caps content, embeds, fields and the 6,000-character embed total; never pings; errors are ephemeral', () => {
    const long = 'A sentence of news. '.repeat(400);
    const payload = toDiscordPayload({
      ok: true,
      content: long,
      embeds: Array.from({ length: 12 }, (_, i) => ({
        title: `T${i} ${long}`,
        description: long,
        fields: Array.from({ length: 30 }, () => ({ name: long, value: long })),
      })),
      data: {},
    });
    expect(payload.content?.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(payload.embeds.length).toBeGreaterThan(0);
    const small = toDiscordPayload({
      ok: true,
      embeds: Array.from({ length: 12 }, (_, i) => ({ title: `T${i}`, description: 'short' })),
      data: {},
    });
    expect(small.embeds).toHaveLength(10);
    for (const e of payload.embeds) {
      expect(e.title?.length).toBeLessThanOrEqual(256);
      expect(e.description?.length).toBeLessThanOrEqual(4096);
      expect(e.fields?.length).toBeLessThanOrEqual(25);
      for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    }
    const total = payload.embeds.reduce(
      (n, e) =>
        n +
        (e.title?.length ?? 0) +
        (e.description?.length ?? 0) +
        (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
      0,
    );
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.flags).toBeUndefined();
    expect(toDiscordPayload(errorReply('nope')).flags).toBe(64);
  });
});

describe('echoed user text', () => {
  it('is inert on Discord and reads as typed in the terminal', async () => {
    const { runConsole, runConsoleJson } = await import('../helpers/console.ts');
    const question = 'what about [U.S.-China](https://evil.example) **talks** <t:1:R>?';
    const json = await runConsoleJson(`/ask ${question}`);
    expect(json.reply.content).toContain(
      '“what about \\[U.S.\\-China\\]\\(https\\://evil.example\\) \\*\\*talks\\*\\* \\<t\\:1\\:R\\>?”',
    );
    const text = await runConsole(`/ask ${question}`);
    expect(text.stdout).toContain(`“${question}”`);
  });
});
