import { afterAll, beforeAll, expect, it } from 'vitest';
import { failOnUnhandledRejections } from '../helpers/unhandled.ts';
import { startBot, type BotUnderTest } from './harness.ts';

failOnUnhandledRejections();

let t: BotUnderTest;
beforeAll(async () => {
  t = await startBot({ env: { COOLDOWN_SECONDS: '30' } });
});
afterAll(async () => t?.stop());

it('stops one user from flooding, privately, without slowing anyone else', async () => {
  expect((await t.emu.command('sources', {}, { subcommand: 'list' }).response()).flags ?? 0).toBe(0);
  const flood = await t.emu.command('sources', {}, { subcommand: 'list' }).response();
  expect(flood.content).toMatch(/too fast; try again <t:\d+:R>/);
  expect(flood.flags).toBe(64);
  const bob = t.emu.addMemberUser('bob');
  expect((await t.emu.command('sources', {}, { subcommand: 'list', userId: bob.id }).response()).content).toMatch(
    /articles?\*\*/,
  );
});

it('does not count a usage mistake against the user', async () => {
  const carol = t.emu.addMemberUser('carol');
  expect((await t.emu.command('ask', {}, { userId: carol.id }).response()).content).toContain('Missing');
  expect((await t.emu.command('sources', {}, { subcommand: 'list', userId: carol.id }).response()).flags ?? 0).toBe(0);
});

it('ignores mentions over the cooldown instead of adding to the flood', async () => {
  const dave = t.emu.addMemberUser('dave');
  await t.emu.mentionBot('tariffs on steel', { userId: dave.id }).reply();
  const second = t.emu.mentionBot('tariffs on steel again', { userId: dave.id });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(second.replies()).toEqual([]);
});
