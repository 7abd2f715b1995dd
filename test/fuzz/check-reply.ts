import { MessageFlags } from 'discord-api-types/v10';
import { expect } from 'vitest';
import { toDiscordPayload, type DiscordPayload } from '../../src/render/discord-payload.ts';
import type { Reply } from '../../src/render/reply.ts';
import { assertWithinDiscordLimits } from './discord-invariants.ts';
import type { FuzzWorld } from './fixture.ts';

/**
 * What every reply to fuzzed input must be: a payload Discord takes that pings no one, an error
 * that says what is wrong (privately), and no handler that crashed on the way.
 */
export function checkReply(reply: Reply, world: FuzzWorld): DiscordPayload {
  expect(world.takeErrors(), 'a handler threw instead of answering').toEqual([]);
  const payload = toDiscordPayload(reply);
  assertWithinDiscordLimits(payload);
  expect(payload.allowedMentions).toEqual({ parse: [] });
  if (!reply.ok) {
    expect(reply.error?.trim(), 'an error reply must say what is wrong').toBeTruthy();
    expect(payload.flags).toBe(MessageFlags.Ephemeral);
  }
  return payload;
}
