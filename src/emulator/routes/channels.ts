import { ChannelType } from 'discord-api-types/v10';
import { json, noContent, type Router } from '../http.ts';
import { snowflake } from '../snowflake.ts';
import { checkMessage } from '../limits.ts';
import { channelPayload } from '../payloads.ts';
import { editMessage, ERRORS, storeMessage, uploadsOf, type RouteContext } from './context.ts';

/** Channels and their messages, as the bot posts to them (replies to mentions, reminders). */
export function channelRoutes(router: Router, ctx: RouteContext): void {
  const { world } = ctx;
  const messageIn = (channelId: string, messageId: string) => {
    const message = world.messages.get(messageId);
    return message?.channel_id === channelId ? message : undefined;
  };

  router
    .add('GET', '/channels/:channelId', ({ params }) => {
      const channel = world.channels.get(params.channelId!);
      return channel ? json(channelPayload(channel)) : ERRORS.unknownChannel();
    })
    .add('POST', '/channels/:channelId/typing', ({ params }) =>
      world.channels.has(params.channelId!) ? noContent() : ERRORS.unknownChannel(),
    )
    .add('POST', '/channels/:channelId/messages', ({ params, body, files }) => {
      const channel = world.channels.get(params.channelId!);
      if (!channel) return ERRORS.unknownChannel();
      if (!channel.botCanSend) return ERRORS.missingPermissions();
      if (channel.type === ChannelType.GuildForum) return ERRORS.notText();
      const violations = checkMessage(body);
      const referenceId: string | undefined = body?.message_reference?.message_id;
      if (referenceId && !messageIn(channel.id, referenceId) && body.message_reference.fail_if_not_exists !== false) {
        violations.push({ path: 'message_reference', message: 'Unknown message' });
      }
      if (violations.length) return ERRORS.invalid(violations);
      const uploads = uploadsOf(body, files, channel.id);
      if (uploads.error) return uploads.error;
      // With enforce_nonce, a retry of a post that already landed gets the first message back, not a duplicate.
      if (body.enforce_nonce && body.nonce !== undefined) {
        const earlier = [...world.messages.values()].find(
          (m) => m.channel_id === channel.id && m.author.id === world.bot.id && m.nonce === body.nonce,
        );
        if (earlier) return json(earlier);
      }
      return json(
        storeMessage(ctx, {
          channelId: channel.id,
          authorId: world.bot.id,
          content: body.content,
          embeds: body.embeds,
          components: body.components,
          flags: body.flags,
          allowedMentions: body.allowed_mentions,
          referenceId: referenceId && messageIn(channel.id, referenceId) ? referenceId : undefined,
          nonce: body.nonce,
          ...(uploads.attachments ? { attachments: uploads.attachments } : {}),
        }),
      );
    })
    // A forum post: a thread in the forum, named, whose first message is `message` (no nonce: Discord takes none here).
    .add('POST', '/channels/:channelId/threads', ({ params, body }) => {
      const forum = world.channels.get(params.channelId!);
      if (!forum) return ERRORS.unknownChannel();
      if (!forum.botCanSend) return ERRORS.missingPermissions();
      if (forum.type !== ChannelType.GuildForum) return ERRORS.notText();
      const name: unknown = body?.name;
      const violations = checkMessage(body?.message ?? {});
      if (typeof name !== 'string' || name.length < 1 || name.length > 100)
        violations.push({ path: 'name', message: 'Must be between 1 and 100 in length.' });
      if (!body?.message) violations.push({ path: 'message', message: 'This field is required' });
      if (violations.length) return ERRORS.invalid(violations);
      const thread = world.addChannel(forum.guildId, {
        id: snowflake(),
        name: name as string,
        type: ChannelType.PublicThread,
        parentId: forum.id,
      });
      ctx.gateway.dispatch('THREAD_CREATE', { ...channelPayload(thread), newly_created: true }, forum.guildId);
      const message = storeMessage(ctx, {
        channelId: thread.id,
        authorId: world.bot.id,
        content: body.message.content,
        embeds: body.message.embeds,
        components: body.message.components,
        allowedMentions: body.message.allowed_mentions,
      });
      return json({ ...channelPayload(thread), message });
    })
    .add('GET', '/channels/:channelId/messages/:messageId', ({ params }) => {
      if (!world.channels.has(params.channelId!)) return ERRORS.unknownChannel();
      const message = messageIn(params.channelId!, params.messageId!);
      return message ? json(message) : ERRORS.unknownMessage();
    })
    .add('PATCH', '/channels/:channelId/messages/:messageId', ({ params, body, files }) => {
      if (!world.channels.has(params.channelId!)) return ERRORS.unknownChannel();
      const message = messageIn(params.channelId!, params.messageId!);
      if (!message) return ERRORS.unknownMessage();
      if (message.author.id !== world.bot.id) return ERRORS.notAuthor();
      const violations = checkMessage(body ?? {}, { partial: true });
      if (violations.length) return ERRORS.invalid(violations);
      const uploads = uploadsOf(body, files, message.channel_id, message);
      return uploads.error ?? json(editMessage(ctx, message, body ?? {}, uploads.attachments));
    })
    .add('DELETE', '/channels/:channelId/messages/:messageId', ({ params }) => {
      if (!world.channels.has(params.channelId!)) return ERRORS.unknownChannel();
      const message = messageIn(params.channelId!, params.messageId!);
      if (!message) return ERRORS.unknownMessage();
      world.messages.delete(message.id);
      return noContent();
    });
}
