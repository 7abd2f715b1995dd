import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { reloadInPlace } from '../../src/knowledge/reload.ts';
import { createLogger } from '../../src/log/logger.ts';
import { knowledgeBaseOf } from '../helpers/console.ts';
import { startBot, type BotUnderTest } from './harness.ts';

let t: BotUnderTest | undefined;
afterEach(async () => t?.stop());

describe('/reload on Discord', () => {
  it('lets a member with Manage Server pick up a new article, and refuses everyone else', async () => {
    const root = mkdtempSync(join(tmpdir(), 'discord-reload-'));
    const corpus = join(root, 'corpus');
    cpSync('corpus', corpus, { recursive: true });
    const kb = knowledgeBaseOf(corpus);
    t = await startBot({
      corpus,
      reloadKnowledge: () => reloadInPlace(kb, join(root, 'cache'), createLogger('silent')),
    });
    const managers = t.emu.addRole('Managers', { permissions: PermissionFlagsBits.ManageGuild });
    const admin = t.emu.addMemberUser('admin', { roles: [managers.id] });
    writeFileSync(
      join(corpus, 'articles', 'canada.md'),
      '---\ntitle: Canada strikes back\noutlet: Reuters\npublished: 2025-07-01\n---\n\nOttawa imposed counter-tariffs of 25% on US steel.\n',
    );

    const refused = await t.emu.command('reload', {}, { userId: t.emu.defaults.userId }).response();
    expect(refused.content).toBe('Only members with the Manage Server permission can use `/reload`.');
    const reloaded = await t.emu.command('reload', {}, { userId: admin.id }).response();
    expect(reloaded.content).toMatch(/^Reloaded the corpus: 3 articles \(\+1\); rebuilt: /);
    const answer = await t.emu.command('ask', { question: 'Ottawa counter-tariffs on steel' }).response();
    expect(JSON.stringify(answer.embeds)).toContain('Canada strikes back');
  });
});
