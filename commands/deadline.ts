import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { buttonId, defineCommand, type AutocompleteChoice } from '../src/dispatch/command.ts';
import type { OptionsOf } from '../src/dispatch/option-types.ts';
import type { CommandContext } from '../src/dispatch/context.ts';
import { hideOption } from '../src/dispatch/hide-option.ts';
import {
  deadlineChoices,
  deadlineStatus,
  findDeadline,
  sortDeadlines,
  type Deadline,
  type DeadlineStatus,
} from '../src/deadlines/deadline.ts';
import { historyLines, sourceLines, whenLine } from '../src/render/deadline-text.ts';
import { guildDeadlines, resolveDeadlineTime, serverDeadlineId, serverDeadlineOf } from '../src/deadlines/server.ts';
import { DEFAULT_TIME_ZONE } from '../src/deadlines/time.ts';
import { DISCORD_LIMITS } from '../src/render/limits.ts';
import { errorReply, type Reply, type ReplyButton, type ReplyEmbed } from '../src/render/reply.ts';
import { discordTimestamp } from '../src/render/timestamps.ts';
import { disableRemindersOf } from '../src/reminders/manage.ts';
import { echo } from '../src/render/echo.ts';

const STATUSES = ['all', 'upcoming', 'passed'] as const;
type StatusFilter = (typeof STATUSES)[number];
const PAGE_SIZE = DISCORD_LIMITS.embedsPerMessage;
const MAX_NAME_LENGTH = 80;

export const deadlineDefinition = {
  name: 'deadline',
  description: 'Dates when tariff pauses run out and tariffs take effect, from the news and from this server',
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'list',
      description: 'Every deadline: upcoming (soonest first), then passed',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'status',
          description: 'Which ones (default: all)',
          choices: STATUSES.map((s) => ({ name: s, value: s })),
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'name',
          description: 'Only this deadline',
          autocomplete: true,
          max_length: 100,
        },
        hideOption,
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'add',
      description: 'Add a server deadline, or move one (needs Manage Server)',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'name',
          description: 'e.g. G7 summit',
          required: true,
          max_length: MAX_NAME_LENGTH,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'date',
          description: 'e.g. 2025-06-15 or June 15',
          required: true,
          max_length: 40,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'time',
          description: 'e.g. 14:00 or 2pm (default: end of the day)',
          max_length: 20,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'timezone',
          description: `e.g. Europe/Paris (default: ${DEFAULT_TIME_ZONE})`,
          autocomplete: true,
          max_length: 60,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'source',
          description: 'Where the date comes from (a link or a note)',
          max_length: 300,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'remove',
      description: 'Remove a server deadline (needs Manage Server)',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'name',
          description: 'The server deadline',
          required: true,
          autocomplete: true,
          max_length: 100,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The console JSON of one deadline (the scripting contract). */
function deadlineData(d: Deadline, now: Date) {
  return {
    id: d.id,
    title: d.title,
    kind: d.kind,
    origin: d.origin,
    date: d.date,
    at: d.at,
    status: deadlineStatus(d, now),
    approximate: d.approximate,
    ...(d.sentence ? { sentence: d.sentence } : {}),
    ...(d.article ? { article: d.article } : {}),
    ...(d.alsoIn ? { alsoIn: d.alsoIn } : {}),
    ...(d.source ? { source: d.source } : {}),
    history: d.history,
  };
}

function deadlineEmbed(d: Deadline, status: DeadlineStatus): ReplyEmbed {
  const lines = [
    `${status === 'upcoming' ? '🟢' : '⚪'} ${whenLine(d, status).replace(/^./, (c) => c.toUpperCase())}`,
    ...sourceLines(d),
    ...historyLines(d),
  ];
  return {
    title: d.title,
    ...(d.article?.url ? { url: d.article.url } : {}),
    description: lines.join('\n'),
    footer: `${d.origin === 'server' ? 'Server deadline' : 'From the news'} · id ${d.id}`,
    ...(d.article ? { citation: d.article } : {}),
  };
}

async function allDeadlines(ctx: CommandContext): Promise<Deadline[]> {
  return sortDeadlines(await guildDeadlines(ctx.kb.deadlines, ctx.store.serverDeadlines, ctx.guildId), ctx.now());
}

async function listReply(ctx: CommandContext, filter: StatusFilter, page: number, name?: string): Promise<Reply> {
  const now = ctx.now();
  const everything = await allDeadlines(ctx);
  let shown = everything.filter((d) => filter === 'all' || deadlineStatus(d, now) === filter);
  if (name) {
    const one = findDeadline(everything, name);
    if (!one)
      return errorReply(`No deadline is called “${echo(name)}”. \`/deadline list\` shows them all.`, { deadlines: [] });
    shown = [one];
  }
  const data = { deadlines: shown.map((d) => deadlineData(d, now)) };
  if (shown.length === 0) {
    const none =
      everything.length === 0
        ? 'No deadlines yet: none in the news corpus, and none added with `/deadline add`.'
        : `No ${filter} deadlines.`;
    return { ok: true, content: none, data };
  }
  const pages = Math.ceil(shown.length / PAGE_SIZE);
  const current = Math.min(Math.max(page, 0), pages - 1);
  const upcoming = data.deadlines.filter((d) => d.status === 'upcoming').length;
  const buttons: ReplyButton[] =
    pages > 1
      ? [
          { customId: buttonId('deadline', filter, current - 1), label: '◀ Sooner', disabled: current === 0 },
          { customId: buttonId('deadline', filter, current + 1), label: 'Later ▶', disabled: current === pages - 1 },
        ]
      : [];
  return {
    ok: true,
    content: `**${shown.length} deadline${shown.length === 1 ? '' : 's'}** · ${upcoming} upcoming, ${shown.length - upcoming} passed${pages > 1 ? ` · page ${current + 1} of ${pages}` : ''}`,
    embeds: shown
      .slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE)
      .map((d) => deadlineEmbed(d, deadlineStatus(d, now))),
    buttons,
    data,
  };
}

type Options<S> = Extract<OptionsOf<typeof deadlineDefinition>, { subcommand: S }>;

async function add({ name, date, time, timezone: zone, source }: Options<'add'>, ctx: CommandContext): Promise<Reply> {
  const now = ctx.now();
  const resolved = resolveDeadlineTime({ date, ...(time ? { time } : {}), ...(zone ? { timeZone: zone } : {}) }, now);
  if (!resolved.ok) return errorReply(resolved.error);
  const { time: when } = resolved;
  const id = serverDeadlineId(name);
  const before = await ctx.store.serverDeadlines.get(ctx.guildId, id);
  const moved = before && before.at !== when.at ? before : undefined;
  const history = moved
    ? [
        ...moved.history,
        {
          date: moved.date,
          approximate: false,
          note: `Set with \`/deadline add\`, changed ${discordTimestamp(now, 'D')}.`,
        },
      ]
    : (before?.history ?? []);
  await ctx.store.serverDeadlines.save({
    guildId: ctx.guildId,
    id,
    name,
    date: when.date,
    at: when.at,
    timeZone: when.timeZone,
    hasTime: when.hasTime,
    ...(source ? { source } : {}),
    history,
    createdBy: before?.createdBy ?? ctx.invoker.id,
    updatedAt: now.getTime(),
  });
  const saved = await ctx.store.serverDeadlines.get(ctx.guildId, id);
  if (!saved) throw new Error(`server deadline ${id} was not saved`);
  const deadline = serverDeadlineOf(saved);
  const followers = (await ctx.store.reminders.active({ guildId: ctx.guildId })).filter(
    (r) => r.deadline.id === id,
  ).length;
  const zoneNote = when.hasTime
    ? `Time zone: ${when.timeZone}.`
    : `No time given, so it ends at the end of ${when.date} in ${when.timeZone}${zone ? '' : ' (the default; give `timezone` for another)'}.`;
  const lines = [
    moved
      ? `Moved **${name}** from ${discordTimestamp(new Date(moved.at), 'F')} to ${discordTimestamp(deadline.at, 'F')} (${discordTimestamp(deadline.at, 'R')}).`
      : `${before ? 'Updated' : 'Added'} **${name}**: ${whenLine(deadline, deadlineStatus(deadline, now))}.`,
    zoneNote,
    ...(moved && followers > 0
      ? [
          `${followers} reminder${followers === 1 ? '' : 's'} will follow the new date, and ${followers === 1 ? 'its channel is' : 'their channels are'} told.`,
        ]
      : []),
    ...(deadlineStatus(deadline, now) === 'passed' ? ['That date has already passed.'] : []),
  ];
  return {
    ok: true,
    content: lines.join('\n'),
    data: { deadline: deadlineData(deadline, now), timeZone: when.timeZone, moved: moved !== undefined },
  };
}

const ownDeadlines = async (ctx: CommandContext) =>
  (await ctx.store.serverDeadlines.list(ctx.guildId)).map(serverDeadlineOf);

async function remove({ name: query }: Options<'remove'>, ctx: CommandContext): Promise<Reply> {
  const own = await ownDeadlines(ctx);
  const deadline = findDeadline(own, query);
  if (!deadline) {
    const fromNews = findDeadline(ctx.kb.deadlines, query);
    return errorReply(
      fromNews
        ? `**${fromNews.title}** comes from the news: it changes when the articles do, and cannot be removed.`
        : `This server has no deadline called “${echo(query)}”. \`/deadline list\` shows them all.`,
    );
  }
  await ctx.store.serverDeadlines.remove(ctx.guildId, deadline.id);
  const disabled = await disableRemindersOf(
    ctx.store,
    ctx.guildId,
    deadline.id,
    `its deadline “${deadline.title}” was removed`,
  );
  const note =
    disabled.length > 0
      ? ` Its reminder${disabled.length === 1 ? '' : 's'} (${disabled.map((id) => `#${id}`).join(', ')}) ${disabled.length === 1 ? 'is' : 'are'} disabled.`
      : '';
  return {
    ok: true,
    content: `Removed **${deadline.title}**.${note}`,
    data: { removed: deadline.id, disabledReminders: disabled },
  };
}

/** Every IANA time zone with its lower-case form, listed once: the list is the same on every keystroke. */
let timeZones: { zone: string; lower: string }[] | undefined;

function timeZoneChoices(typed: string): AutocompleteChoice[] {
  const q = typed.toLowerCase();
  timeZones ??= Intl.supportedValuesOf('timeZone').map((zone) => ({ zone, lower: zone.toLowerCase() }));
  return timeZones.filter((z) => z.lower.includes(q)).map(({ zone }) => ({ name: zone, value: zone }));
}

export const deadlineCommand = defineCommand({
  definition: deadlineDefinition,
  subcommands: { add: { requires: 'ManageGuild' }, remove: { requires: 'ManageGuild' } },
  defaultSubcommand: 'list',
  examples: [
    '/deadline',
    '/deadline upcoming',
    '/deadline list status:upcoming',
    '/deadline add name:"G7 summit" date:2025-06-15',
    '/deadline add name:"EU deal" date:2025-07-09 time:12:00 timezone:Europe/Brussels',
  ],
  handle(options, ctx) {
    if (options.subcommand === 'add') return add(options, ctx);
    if (options.subcommand === 'remove') return remove(options, ctx);
    return listReply(ctx, options.status ?? 'all', 0, options.name);
  },
  async autocomplete(focused, ctx) {
    if (focused.name === 'timezone') return timeZoneChoices(focused.value);
    // Unsorted: the choices are sorted after filtering, a few deadlines rather than all of them.
    const pool =
      focused.subcommand === 'remove'
        ? await ownDeadlines(ctx)
        : await guildDeadlines(ctx.kb.deadlines, ctx.store.serverDeadlines, ctx.guildId);
    return deadlineChoices(pool, focused.value, ctx.now());
  },
  button([status = 'all', page = '0'], ctx) {
    const filter = (STATUSES as readonly string[]).includes(status) ? (status as StatusFilter) : 'all';
    return listReply(ctx, filter, Number(page) || 0);
  },
});
