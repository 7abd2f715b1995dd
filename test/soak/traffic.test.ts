import { afterAll, beforeAll, expect, it } from 'vitest';
import { deployCommandsTo, startBot, type BotUnderTest } from '../discord/harness.ts';
import { failOnUnhandledRejections } from '../helpers/unhandled.ts';
import { sendTraffic } from './traffic.ts';

/**
 * The soak's traffic, small: every kind of interaction, many at once, each answered. Memory is
 * measured by the soak itself (`test/soak/soak.ts`), not here: a test worker's heap is not steady.
 */

failOnUnhandledRejections();

let t: BotUnderTest;
beforeAll(async () => {
  t = await startBot({ logLevel: 'warn' });
  await deployCommandsTo(t.emu);
});
afterAll(() => t.stop());

it('answers 1,000 interactions and mentions of every kind, 16 at a time', { timeout: 60_000 }, async () => {
  const users = Array.from({ length: 50 }, (_, i) => t.emu.addMemberUser(`member-${i}`).id);
  // Forgetting between batches, as the soak does: the second batch runs on an emulator that has.
  const failures = await sendTraffic(t.emu, {
    total: 1000,
    concurrency: 16,
    users,
    batch: 500,
    afterBatch: async () => t.emu.forget(),
  });
  expect(failures).toEqual([]);
  // discord.js holding back mention replies for Discord's global rate limit is no problem.
  expect(t.logs.filter((l) => l.msg !== 'rate limited')).toEqual([]);
});
