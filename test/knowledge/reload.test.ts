import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { consoleContext, runConsoleLine, toConsoleJson } from '../../src/console/session.ts';
import { openKnowledgeBase } from '../../src/knowledge/cache.ts';
import { reloadInPlace } from '../../src/knowledge/reload.ts';
import { createLogger } from '../../src/log/logger.ts';
import { openStore } from '../../src/store/store.ts';

const log = createLogger('silent');

function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'reload-'));
  const corpus = join(root, 'corpus');
  const cache = join(root, 'cache');
  cpSync('corpus', corpus, { recursive: true });
  const { kb } = openKnowledgeBase(corpus, cache, log);
  const ctx = consoleContext(
    kb,
    () => new Date('2026-11-21T12:00:00Z'),
    openStore(':memory:'),
    () => reloadInPlace(kb, cache, log),
  );
  const run = async (line: string, invoker = ctx.invoker) => {
    const outcome = await runConsoleLine(line, commands, { ...ctx, invoker }, log);
    if (!outcome.reply) throw new Error('no reply');
    return toConsoleJson({ ...outcome, reply: outcome.reply });
  };
  return { corpus, run };
}

describe('/reload', () => {
  it('picks up an article added since start-up, without a restart', async () => {
    const { corpus, run } = setUp();
    expect((await run('/ask Ottawa counter-tariffs on steel')).data.passages).toEqual([]);
    writeFileSync(
      join(corpus, 'articles', 'canada.md'),
      '---\ntitle: Canada strikes back\noutlet: Reuters\npublished: 2025-07-01\n---\n\nOttawa imposed counter-tariffs of 25% on US steel.\n',
    );
    const reload = await run('/reload');
    expect(reload).toMatchObject({ ok: true, reply: { flags: 64 } });
    expect(reload.reply.content).toBe(
      'Reloaded the corpus: 3 articles (+1); rebuilt: corpus or indexing code changed.',
    );
    const passages = (await run('/ask Ottawa counter-tariffs on steel')).data.passages as { article: { id: string } }[];
    expect(passages[0]?.article.id).toBe('canada');
    expect((await run('/reload')).reply.content).toBe('Reloaded the corpus: 3 articles (+0); nothing had changed.');
  });

  it('is refused to a member without Manage Server, and changes nothing', async () => {
    const { corpus, run } = setUp();
    writeFileSync(
      join(corpus, 'articles', 'canada.md'),
      '---\ntitle: Canada\noutlet: Reuters\npublished: 2025-07-01\n---\n\nOttawa imposed counter-tariffs.\n',
    );
    const refused = await run('/reload', { id: 'someone', canManageGuild: false });
    expect(refused).toMatchObject({
      ok: false,
      error: 'Only members with the Manage Server permission can use `/reload`.',
    });
    expect((await run('/sources')).data.articles).toHaveLength(2);
  });
});
