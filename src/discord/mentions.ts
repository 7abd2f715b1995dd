import { PermissionFlagsBits, type Message } from 'discord.js';
import { runCommand } from '../dispatch/dispatch.ts';
import { errorReply } from '../render/reply.ts';
import { commandContext, invokerOf, type FrontEnd } from './front-end.ts';
import { messageReplyPayload } from './respond.ts';

/** The command a mention of the bot runs, with the rest of the message as its question. */
const MENTION_COMMAND = 'ask';

/** The question in "@bot when does the pause end?", or null when the message does not address the bot. */
export function questionFor(content: string, botId: string): string | null {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (!mention.test(content)) return null;
  return content.replace(mention, ' ').trim();
}

/**
 * "@bot <question>" is answered as `/ask`, as a reply to the message. Only an explicit mention
 * counts (not @everyone, a role, or replying to the bot); other bots are ignored. Over the
 * cooldown, messages are ignored: answering each would be the very flood it prevents.
 */
export async function handleMention(message: Message, frontEnd: FrontEnd): Promise<void> {
  const botId = message.client.user.id;
  if (message.author.bot || message.webhookId) return;
  const question = questionFor(message.content, botId);
  if (question === null) return;
  if (!frontEnd.cooldown.take(message.author.id, Date.now()).ok) {
    frontEnd.log.debug({ user: message.author.id }, 'mention ignored: cooldown');
    return;
  }
  const ctx = commandContext(frontEnd, {
    invoker: invokerOf(
      frontEnd,
      message.author.id,
      message.member?.permissions.has(PermissionFlagsBits.ManageGuild) ?? false,
    ),
    guildId: message.guildId,
    channelId: message.channelId,
  });
  const { reply, usageError } =
    question === ''
      ? {
          reply: errorReply(
            `Ask me something, e.g. <@${botId}> when does the pause end? (or use \`/${MENTION_COMMAND}\`)`,
          ),
          usageError: true,
        }
      : await runCommand(frontEnd.registry, MENTION_COMMAND, { values: { question } }, ctx, frontEnd.log);
  if (usageError) frontEnd.cooldown.release(message.author.id);
  await message.reply(messageReplyPayload(reply));
  frontEnd.log.info(
    { mention: message.id, user: message.author.id, guild: message.guildId, ok: reply.ok },
    'mention answered',
  );
}
