import {
  ApplicationCommandOptionType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { defineCommand } from '../src/dispatch/command.ts';
import type { OptionsOf } from '../src/dispatch/option-types.ts';
import type { CommandContext } from '../src/dispatch/context.ts';
import { deadlineChoices, deadlineStatus, findDeadline } from '../src/deadlines/deadline.ts';
import { guildDeadlines } from '../src/deadlines/server.ts';
import { errorReply, type Reply } from '../src/render/reply.ts';
import { discordTimestamp } from '../src/render/timestamps.ts';
import { DEFAULT_BEFORE, formatOffset, parseOffsets } from '../src/reminders/offsets.ts';
import { addReminder, removeReminder, reminderView, type ReminderView } from '../src/reminders/manage.ts';
import { echo } from '../src/render/echo.ts';
import { channelIdOf, channelMention } from '../src/render/channel-mentions.ts';

export const remindDefinition = {
  name: 'remind',
  description: 'Reminders posted in a channel before a deadline runs out',
  // Hidden from members without Manage Server unless an admin allows them in the server's settings;
  // adding and removing also declare it (`subcommands` below), since those settings can widen it.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'add',
      description: 'Post reminders in a channel before a deadline (needs Manage Server)',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'deadline',
          description: 'Which deadline',
          required: true,
          autocomplete: true,
          max_length: 100,
        },
        {
          type: ApplicationCommandOptionType.Channel,
          name: 'channel',
          description: 'Where to post (default: this channel)',
          channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'before',
          description: `How long before, e.g. 7d,1d,1h (default: ${DEFAULT_BEFORE})`,
          max_length: 60,
        },
      ],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: "This server's reminders" },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'remove',
      description: 'Stop a reminder (needs Manage Server)',
      // A string, not an integer: autocomplete answers strings, and a typed "#3" is fine too.
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'id',
          description: 'The reminder number, from /remind list',
          required: true,
          autocomplete: true,
          max_length: 20,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

type Options<S> = Extract<OptionsOf<typeof remindDefinition>, { subcommand: S }>;

async function add(
  { deadline: query, before = DEFAULT_BEFORE, channel: given }: Options<'add'>,
  ctx: CommandContext,
): Promise<Reply> {
  const deadline = findDeadline(await guildDeadlines(ctx.kb.deadlines, ctx.store.serverDeadlines, ctx.guildId), query);
  if (!deadline) return errorReply(`No deadline is called “${echo(query)}”. \`/deadline list\` shows them all.`);
  const offsets = parseOffsets(before);
  if (!offsets.ok) return errorReply(offsets.error);
  const channel = channelIdOf(given ?? ctx.channelId);
  const now = ctx.now();
  const added = await addReminder(
    ctx.store,
    { guildId: ctx.guildId, channelId: channel, deadline, before: offsets.seconds, createdBy: ctx.invoker.id },
    now,
  );
  if (!added.ok) return errorReply(added.error);
  const view = await reminderView(ctx.store, added.reminder);
  const pending = added.reminder.alerts.filter((a) => a.status === 'pending');
  const skipped = added.reminder.alerts.filter((a) => a.status === 'skipped').map((a) => formatOffset(a.beforeSeconds));
  const lines = [
    `Reminder #${view.id}: **${deadline.title}** (${discordTimestamp(deadline.at, 'F')}) in ${channelMention(channel)}, ${view.before.join(', ')} before.`,
    ...pending.map(
      (a) =>
        `• ${formatOffset(a.beforeSeconds)} before: ${discordTimestamp(new Date(a.dueAt), 'F')} (${discordTimestamp(new Date(a.dueAt), 'R')})`,
    ),
    ...(skipped.length > 0 ? [`Already past, so not sent: ${skipped.join(', ')} before.`] : []),
    ...(deadline.approximate
      ? [
          'The date is approximate (worked out from a duration); the reminder follows it if a later article gives the exact one.',
        ]
      : []),
    'If the date moves, the reminder follows it and the channel is told.',
  ];
  return { ok: true, content: lines.join('\n'), data: { reminder: view } };
}

function reminderLine(r: ReminderView): string {
  const head = `#${r.id} **${r.deadline}** in ${channelMention(r.channelId)} · ${r.before.join(', ')} before`;
  if (r.status === 'disabled') return `${head} · ⛔ disabled: ${r.disabledReason ?? 'unknown reason'}`;
  return r.nextAt
    ? `${head} · next ${discordTimestamp(new Date(r.nextAt), 'F')} (${discordTimestamp(new Date(r.nextAt), 'R')})`
    : `${head} · nothing left to send`;
}

const views = async (ctx: CommandContext) =>
  Promise.all((await ctx.store.reminders.list(ctx.guildId)).map((r) => reminderView(ctx.store, r)));

async function list(ctx: CommandContext): Promise<Reply> {
  const reminders = await views(ctx);
  if (reminders.length === 0)
    return {
      ok: true,
      content: 'No reminders in this server. Add one with `/remind add deadline:<name>`.',
      data: { reminders },
    };
  return {
    ok: true,
    content: `**${reminders.length} reminder${reminders.length === 1 ? '' : 's'}**\n${reminders.map(reminderLine).join('\n')}`,
    data: { reminders },
  };
}

async function remove({ id: typed }: Options<'remove'>, ctx: CommandContext): Promise<Reply> {
  const id = Number(typed.replace(/^#/, ''));
  const removed = Number.isInteger(id) ? await removeReminder(ctx.store, ctx.guildId, id) : undefined;
  if (!removed)
    return errorReply(
      `This server has no reminder ${typed.startsWith('#') ? typed : `#${typed}`}. \`/remind list\` shows them.`,
    );
  return {
    ok: true,
    content: `Removed reminder #${id} (**${removed.deadline.title}** in ${channelMention(removed.channelId)}).`,
    data: { removed: id },
  };
}

export const remindCommand = defineCommand({
  definition: remindDefinition,
  subcommands: { add: { requires: 'ManageGuild' }, remove: { requires: 'ManageGuild' } },
  examples: ['/remind add deadline:us-china-tariffs before:7d,1d,1h', '/remind list', '/remind remove id:1'],
  handle(options, ctx) {
    if (options.subcommand === 'add') return add(options, ctx);
    if (options.subcommand === 'remove') return remove(options, ctx);
    return list(ctx);
  },
  async autocomplete(focused, ctx) {
    const now = ctx.now();
    if (focused.name === 'id') {
      return (await views(ctx))
        .filter(
          (r) =>
            String(r.id).startsWith(focused.value) || r.deadline.toLowerCase().includes(focused.value.toLowerCase()),
        )
        .map((r) => ({ name: `#${r.id} ${r.deadline} (${r.status})`, value: String(r.id) }));
    }
    const upcoming = (await guildDeadlines(ctx.kb.deadlines, ctx.store.serverDeadlines, ctx.guildId)).filter(
      (d) => deadlineStatus(d, now) === 'upcoming',
    );
    return deadlineChoices(upcoming, focused.value, now);
  },
});
