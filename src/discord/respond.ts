import { MessageFlags, type MessageReplyOptions, type RepliableInteraction } from 'discord.js';
import { errorRef } from '../dispatch/dispatch.ts';
import type { Logger } from '../log/logger.ts';
import { toDiscordPayload, type DiscordPayload } from '../render/discord-payload.ts';
import { errorReply, type Reply } from '../render/reply.ts';

/**
 * Sending a `Reply` to Discord. Every payload comes from `toDiscordPayload`, which enforces
 * Discord's limits and sets `allowedMentions: { parse: [] }`; nothing here builds message text.
 */

/** The payload without its flags: edits and channel messages cannot change or carry "ephemeral". */
export function withoutFlags(reply: Reply): Omit<DiscordPayload, 'flags'> {
  const payload: Omit<DiscordPayload, 'flags'> & Partial<Pick<DiscordPayload, 'flags'>> = toDiscordPayload(reply);
  delete payload.flags;
  return payload;
}

/**
 * The payload of an edit: the message's attachments become exactly the reply's files (none for a
 * reply without), so a chart a button took away does not linger.
 */
export function editPayload(reply: Reply): Omit<DiscordPayload, 'flags'> & { attachments: [] } {
  return { ...withoutFlags(reply), attachments: [] };
}

/** A reply to a user's message; the author is not pinged either. */
export function messageReplyPayload(reply: Reply): MessageReplyOptions {
  return { ...withoutFlags(reply), allowedMentions: { parse: [], repliedUser: false } };
}

/** Deferred interactions whose public "thinking…" message was deleted to make way for an ephemeral follow-up. */
const withdrawn = new WeakSet<RepliableInteraction>();

/**
 * Answers a command: a reply, or after a deferral an edit. An ephemeral answer after a public
 * deferral replaces the "thinking…" message with an ephemeral follow-up, so errors stay private.
 */
export async function answer(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const payload = toDiscordPayload(reply);
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(payload);
  } else if (payload.flags === MessageFlags.Ephemeral && !interaction.ephemeral) {
    // Once only: when the follow-up fails, reporting that failure comes back here.
    if (!withdrawn.has(interaction)) await interaction.deleteReply();
    withdrawn.add(interaction);
    await interaction.followUp(payload);
  } else {
    await interaction.editReply(editPayload(reply));
  }
}

/**
 * Runs `start()`; if it is not done within `afterMs` (at once when 0), acknowledges with `defer`
 * first so Discord's 3-second window cannot lapse while it works.
 */
export async function withDeferral<T>(
  start: () => Promise<T>,
  afterMs: number,
  defer: () => Promise<unknown>,
): Promise<T> {
  if (afterMs <= 0) {
    await defer();
    return start();
  }
  const work = start();
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => (timer = setTimeout(resolve, afterMs, 'slow')));
  const first = await Promise.race([
    work.then(
      () => 'done',
      () => 'done',
    ),
    slow,
  ]);
  clearTimeout(timer);
  if (first === 'slow') await defer();
  return work;
}

/**
 * The last line of defence: logs the failure with a ref and tells the user, ephemerally, quoting
 * the ref. Never throws, so one bad interaction cannot stop the bot serving the next.
 */
export async function reportFailure(
  interaction: RepliableInteraction | null,
  error: unknown,
  log: Logger,
  what: Record<string, unknown>,
): Promise<void> {
  const ref = errorRef();
  log.error({ err: error, ref, ...what }, 'interaction failed');
  if (!interaction) return;
  const reply = errorReply(`Something went wrong (ref ${ref}). It has been logged; please try again later.`, { ref });
  try {
    if (interaction.isChatInputCommand() && !interaction.replied) {
      // As any answer: a public "thinking…" message gives way to the private error.
      await answer(interaction, reply);
    } else {
      // Not `answer` for a button: after deferUpdate, its @original is the message it sits on.
      const payload = toDiscordPayload(reply);
      await (interaction.deferred || interaction.replied ? interaction.followUp(payload) : interaction.reply(payload));
    }
  } catch (sendError) {
    log.warn({ err: sendError, ref }, 'could not tell the user about the failure');
  }
}
