import {
  ApplicationCommandOptionType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { defineCommand } from '../src/dispatch/command.ts';
import type { CommandContext } from '../src/dispatch/context.ts';
import type { OptionsOf } from '../src/dispatch/option-types.ts';
import { addFollow, MAX_FOLLOWS, removeFollow } from '../src/follows/manage.ts';
import { countryMatches } from '../src/geo/closest.ts';
import { COUNTRIES, findCountry, HOME_COUNTRY, nameInText } from '../src/geo/countries.ts';
import { quoteLookup } from '../src/quotes/lookup.ts';
import { partnersWithRates } from '../src/rates/current.ts';
import { queryTerms } from '../src/search/analyzer.ts';
import type { FollowRow } from '../src/store/follows.ts';
import { echo } from '../src/render/echo.ts';
import { channelIdOf, channelMention, roleIdOf, roleMention } from '../src/render/channel-mentions.ts';
import { followSubject, speakerNamer } from '../src/render/follow-posts.ts';
import { cutText, DISCORD_LIMITS } from '../src/render/limits.ts';
import { errorReply, type Reply } from '../src/render/reply.ts';
import { discordTimestamp } from '../src/render/timestamps.ts';

export const followDefinition = {
  name: 'follow',
  description: 'Tell a channel when the news changes a rate or a deadline, or mentions what it follows',
  // Hidden from members without Manage Server unless an admin allows them; adding and removing
  // also declare it (`subcommands` below), since those settings can widen it.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'add',
      description: 'Follow a country, a speaker or words in a channel (needs Manage Server)',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'country',
          description: 'A trading partner: its rate and deadline changes, and articles naming it',
          autocomplete: true,
          max_length: 60,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'speaker',
          description: 'Someone quoted: articles with a quotation of theirs',
          autocomplete: true,
          max_length: 100,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'words',
          description: 'Words a paragraph must hold, e.g. soybeans',
          max_length: 100,
        },
        {
          type: ApplicationCommandOptionType.Channel,
          name: 'channel',
          description: 'Where to post (default: this channel); a forum gets one post per alert',
          channel_types: [
            ChannelType.GuildText,
            ChannelType.GuildAnnouncement,
            ChannelType.GuildForum,
            ChannelType.PublicThread,
            ChannelType.PrivateThread,
            ChannelType.AnnouncementThread,
          ],
        },
        {
          type: ApplicationCommandOptionType.Boolean,
          name: 'changes_only',
          description: 'Only changes of rates and deadlines, no new articles (default: false)',
        },
        {
          type: ApplicationCommandOptionType.Role,
          name: 'mention',
          description: 'A role to ping with each alert (nothing else is ever pinged)',
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'list',
      description: "This server's follows and what each sent lately",
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'remove',
      description: 'Stop a follow (needs Manage Server)',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'id',
          description: 'The follow number, from /follow list',
          required: true,
          autocomplete: true,
          max_length: 20,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

type Options<S> = Extract<OptionsOf<typeof followDefinition>, { subcommand: S }>;

async function add(options: Options<'add'>, ctx: CommandContext): Promise<Reply> {
  if (!options.country && !options.speaker && !options.words)
    return errorReply(
      'Say what to follow: `country`, `speaker` or `words` (or several: an article must match them all).',
    );
  let country: string | undefined;
  if (options.country) {
    country = findCountry(options.country)?.name;
    if (!country) return errorReply(`No country is called “${echo(options.country)}”.`);
    if (country === HOME_COUNTRY)
      return errorReply(
        `Follow a partner of ${nameInText(HOME_COUNTRY)}: its rates and deadlines are about what the two charge each other.`,
      );
  }
  let speaker: { key: string; name: string } | undefined;
  if (options.speaker) {
    const lookup = quoteLookup(ctx.kb.quotes);
    speaker = lookup.find(options.speaker);
    if (!speaker) {
      const close = lookup.suggest(options.speaker, 3).map((s) => `**${s.name}**`);
      return errorReply(
        `No one called “${echo(options.speaker)}” is quoted in the corpus.${close.length > 0 ? ` Did you mean ${close.join(', ')}?` : ''}`,
      );
    }
  }
  const words = options.words?.trim();
  if (words !== undefined && queryTerms(words).length === 0)
    return errorReply(`“${echo(words)}” has only words too common to follow: give a more specific one.`);
  const mention = options.mention ? roleIdOf(options.mention) : undefined;
  if (mention !== undefined && mention === ctx.guildId)
    return errorReply('`mention:` pings one role, never @everyone: name a role made for these alerts.');
  const channel = channelIdOf(options.channel ?? ctx.channelId);
  const added = await addFollow(
    ctx.store,
    {
      guildId: ctx.guildId,
      channelId: channel,
      ...(country ? { country } : {}),
      ...(speaker ? { speaker: speaker.key } : {}),
      ...(words ? { words } : {}),
      changesOnly: options.changes_only ?? false,
      ...(mention ? { mentionRole: mention } : {}),
      createdBy: ctx.invoker.id,
    },
    ctx.now(),
  );
  if (!added.ok) return errorReply(added.error);
  const { follow } = added;
  const what = [
    country
      ? `changes of the rates and deadlines between ${nameInText(HOME_COUNTRY)} and ${nameInText(country)}`
      : undefined,
    follow.changesOnly ? undefined : 'new articles that match',
  ].filter(Boolean);
  const lines = [
    `Follow #${follow.id}: **${followSubject(follow, () => speaker?.name ?? '')}** in ${channelMention(channel)}.`,
    `Posts ${what.join(', and ') || 'nothing: with `changes_only`, only a country has changes to tell'}, from the next article the bot indexes.`,
    follow.mentionRole
      ? `Each alert pings ${roleMention(follow.mentionRole)}, and no one else.`
      : 'Alerts ping no one.',
  ];
  return { ok: true, content: lines.join('\n'), data: { follow: await followView(ctx, follow) } };
}

async function followView(ctx: CommandContext, follow: FollowRow) {
  const recent = await ctx.store.follows.alertsOf(follow.id, 50);
  const weekAgo = ctx.now().getTime() - 7 * 86_400_000;
  return {
    id: follow.id,
    channelId: follow.channelId,
    subject: followSubject(follow, speakerNamer(ctx.kb.quotes)),
    ...(follow.country ? { country: follow.country } : {}),
    ...(follow.words ? { words: follow.words } : {}),
    changesOnly: follow.changesOnly,
    ...(follow.mentionRole ? { mention: follow.mentionRole } : {}),
    status: follow.status,
    ...(follow.disabledReason ? { disabledReason: follow.disabledReason } : {}),
    alertsThisWeek: recent.filter((a) => a.kind !== 'digest' && a.createdAt >= weekAgo).length,
    ...(recent[0] ? { lastAlertAt: new Date(recent[0].createdAt).toISOString() } : {}),
  };
}

function followLine(follow: FollowRow, view: Awaited<ReturnType<typeof followView>>): string {
  const head = `#${view.id} **${view.subject}** in ${channelMention(view.channelId)}${view.changesOnly ? ' · changes only' : ''}${view.mention ? ` · pings ${roleMention(view.mention)}` : ''}`;
  if (follow.status === 'disabled') return `${head} · ⛔ disabled: ${view.disabledReason ?? 'unknown reason'}`;
  const sent = view.lastAlertAt
    ? `${view.alertsThisWeek} alert${view.alertsThisWeek === 1 ? '' : 's'} this week, last ${discordTimestamp(new Date(view.lastAlertAt), 'R')}`
    : 'no alert yet';
  return `${head} · ${sent}`;
}

async function list(ctx: CommandContext): Promise<Reply> {
  const follows = await ctx.store.follows.list(ctx.guildId);
  if (follows.length === 0)
    return {
      ok: true,
      content: 'No follows in this server. Add one with `/follow add country:<name>`.',
      data: { follows: [] },
    };
  const views = await Promise.all(follows.map((f) => followView(ctx, f)));
  return {
    ok: true,
    content: cutText(
      `**${follows.length} of ${MAX_FOLLOWS} follows**\n${follows.map((f, i) => followLine(f, views[i]!)).join('\n')}`,
      DISCORD_LIMITS.content,
    ),
    data: { follows: views },
  };
}

async function remove({ id: typed }: Options<'remove'>, ctx: CommandContext): Promise<Reply> {
  const id = Number(typed.replace(/^#/, ''));
  const removed = Number.isInteger(id) ? await removeFollow(ctx.store, ctx.guildId, id) : undefined;
  if (!removed)
    return errorReply(
      `This server has no follow ${typed.startsWith('#') ? typed : `#${typed}`}. \`/follow list\` shows them.`,
    );
  return {
    ok: true,
    content: `Removed follow #${id} (**${followSubject(removed, speakerNamer(ctx.kb.quotes))}** in ${channelMention(removed.channelId)}).`,
    data: { removed: id },
  };
}

export const followCommand = defineCommand({
  definition: followDefinition,
  subcommands: { add: { requires: 'ManageGuild' }, remove: { requires: 'ManageGuild' } },
  examples: [
    '/follow add country:china',
    '/follow add country:canada changes_only:true mention:@trade-desk',
    '/follow add speaker:"Scott Bessent" words:soybeans',
    '/follow list',
    '/follow remove id:1',
  ],
  handle(options, ctx) {
    if (options.subcommand === 'add') return add(options, ctx);
    if (options.subcommand === 'remove') return remove(options, ctx);
    return list(ctx);
  },
  async autocomplete(focused, ctx) {
    if (focused.name === 'id')
      return (await ctx.store.follows.list(ctx.guildId))
        .filter((f) => String(f.id).startsWith(focused.value.replace(/^#/, '')))
        .map((f) => ({
          name: cutText(
            `#${f.id} ${followSubject(f, speakerNamer(ctx.kb.quotes))} (${f.status})`,
            DISCORD_LIMITS.choiceName,
          ),
          value: String(f.id),
        }));
    if (focused.name === 'speaker')
      return quoteLookup(ctx.kb.quotes)
        .complete(focused.value, DISCORD_LIMITS.autocompleteChoices)
        .map(({ speaker }) => ({
          name: cutText(speaker.name, DISCORD_LIMITS.choiceName),
          value: speaker.name.slice(0, 100),
        }));
    // Partners with rates first (most stated), then every other country the bot knows.
    const withRates = partnersWithRates(ctx.kb.rates).map((p) => p.country);
    const others = COUNTRIES.map((c) => c.name).filter((c) => c !== HOME_COUNTRY && !withRates.includes(c));
    return [...withRates, ...others]
      .filter((c) => countryMatches(focused.value, c))
      .slice(0, DISCORD_LIMITS.autocompleteChoices)
      .map((c) => ({ name: c, value: c }));
  },
});
