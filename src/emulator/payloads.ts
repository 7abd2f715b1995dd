import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionType,
  MessageType,
} from 'discord-api-types/v10';
import type {
  APIAttachment,
  APIApplicationCommand,
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandOption,
  APIChannel,
  APIGuildMember,
  APIInteraction,
  APIInteractionDataResolved,
  APIMessage,
  APIRole,
  APIUser,
  GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';
import { resolveEmbedImages } from './attachments.ts';
import { snowflake } from './snowflake.ts';
import type { EmuChannel, EmuUser, World } from './world.ts';

/** Factories turning the world into the JSON Discord sends; pure apart from fresh ids. */

export function userPayload(user: EmuUser): APIUser {
  return {
    id: user.id,
    username: user.username,
    global_name: user.globalName ?? null,
    discriminator: '0',
    avatar: null,
    ...(user.bot ? { bot: true } : {}),
  };
}

function rolePayload(role: { id: string; name: string; permissions: bigint }, position: number): APIRole {
  return {
    id: role.id,
    name: role.name,
    permissions: String(role.permissions),
    position,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    managed: false,
    mentionable: true,
    flags: 0 as APIRole['flags'],
  };
}

export function channelPayload(channel: EmuChannel, position = 0): APIChannel {
  return {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    position,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: channel.parentId ?? null,
    ...(channel.type === ChannelType.PublicThread
      ? { thread_metadata: { archived: false, auto_archive_duration: 4320, locked: false } }
      : {}),
  } as APIChannel;
}

export function memberPayload(world: World, guildId: string, userId: string): APIGuildMember {
  return { user: userPayload(world.user(userId)), ...memberFields(world, guildId, userId) };
}

/** A member without its user, as messages and resolved options carry it. */
function memberFields(world: World, guildId: string, userId: string): Omit<APIGuildMember, 'user'> {
  const member = world.member(guildId, userId);
  return {
    roles: member.roles,
    joined_at: member.joinedAt,
    deaf: false,
    mute: false,
    flags: 0 as APIGuildMember['flags'],
    nick: null,
    avatar: null,
    banner: null,
    premium_since: null,
    pending: false,
  };
}

export function guildCreatePayload(world: World, guildId: string): GatewayGuildCreateDispatchData {
  const guild = world.guild(guildId);
  const members = [...guild.members.keys()];
  return {
    id: guild.id,
    name: guild.name,
    owner_id: guild.ownerId,
    unavailable: false,
    large: false,
    member_count: members.length,
    joined_at: world.member(guildId, world.bot.id).joinedAt,
    roles: [...guild.roles.values()].map((role, i) => rolePayload(role, i)),
    channels: world.channelsOf(guildId).map((channel, i) => channelPayload(channel, i)),
    members: members.map((userId) => memberPayload(world, guildId, userId)),
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    emojis: [],
    stickers: [],
    features: [],
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    hub_type: null,
    region: 'us-east',
    incidents_data: null,
  } as unknown as GatewayGuildCreateDispatchData;
}

/** Who a message actually pings, given its `allowed_mentions` (absent = Discord's default: everyone parsed). */
export interface AllowedMentions {
  parse?: string[];
  users?: string[];
  roles?: string[];
}

export function pingsIn(content: string, allowed: AllowedMentions | undefined) {
  const parse = allowed ? (allowed.parse ?? []) : ['users', 'roles', 'everyone'];
  const users = [...content.matchAll(/<@!?(\d+)>/g)]
    .map((m) => m[1]!)
    .filter((id) => parse.includes('users') || allowed?.users?.includes(id));
  const roles = [...content.matchAll(/<@&(\d+)>/g)]
    .map((m) => m[1]!)
    .filter((id) => parse.includes('roles') || allowed?.roles?.includes(id));
  const everyone = /@(everyone|here)/.test(content) && parse.includes('everyone');
  return { users: [...new Set(users)], roles: [...new Set(roles)], everyone };
}

export interface MessageInput {
  channelId: string;
  authorId: string;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  allowedMentions?: AllowedMentions;
  referenceId?: string;
  nonce?: string | number;
  webhookId?: string;
  interaction?: { id: string; type: number; userId: string; name?: string };
  /** Made from the body's uploads (see `attachments.ts`). */
  attachments?: APIAttachment[];
}

export function messagePayload(world: World, input: MessageInput): APIMessage {
  const channel = world.channel(input.channelId);
  const content = input.content ?? '';
  const pings = pingsIn(content, input.allowedMentions);
  const reference = input.referenceId ? world.messages.get(input.referenceId) : undefined;
  const message: Record<string, unknown> = {
    id: snowflake(),
    channel_id: channel.id,
    guild_id: channel.guildId,
    author: userPayload(world.user(input.authorId)),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: pings.everyone,
    mentions: pings.users.filter((id) => world.users.has(id)).map((id) => userPayload(world.user(id))),
    mention_roles: pings.roles,
    attachments: input.attachments ?? [],
    embeds: resolveEmbedImages(input.embeds, input.attachments ?? []) ?? [],
    components: input.components ?? [],
    pinned: false,
    type: reference
      ? MessageType.Reply
      : input.interaction?.type === InteractionType.ApplicationCommand
        ? MessageType.ChatInputCommand
        : MessageType.Default,
    flags: input.flags ?? 0,
  };
  if (world.guild(channel.guildId).members.has(input.authorId)) {
    message.member = memberFields(world, channel.guildId, input.authorId);
  }
  if (reference) {
    message.message_reference = {
      type: 0,
      message_id: reference.id,
      channel_id: reference.channel_id,
      guild_id: channel.guildId,
    };
    message.referenced_message = reference;
  }
  if (input.webhookId) message.webhook_id = input.webhookId;
  if (input.nonce !== undefined) message.nonce = input.nonce;
  if (input.interaction) {
    message.application_id = world.applicationId;
    message.interaction_metadata = {
      id: input.interaction.id,
      type: input.interaction.type,
      user: userPayload(world.user(input.interaction.userId)),
      authorizing_integration_owners: { 0: channel.guildId },
      ...(input.interaction.name ? { name: input.interaction.name } : {}),
    };
  }
  return message as unknown as APIMessage;
}

export type OptionValues = Record<string, string | number | boolean>;

export interface InteractionContext {
  guildId: string;
  channelId: string;
  userId: string;
}

function baseInteraction(world: World, type: InteractionType, ctx: InteractionContext) {
  const channel = world.channel(ctx.channelId);
  const member = {
    ...memberPayload(world, ctx.guildId, ctx.userId),
    permissions: String(world.permissionsOf(ctx.guildId, ctx.userId)),
  };
  return {
    id: snowflake(),
    application_id: world.applicationId,
    type,
    token: `emu-token-${snowflake()}`,
    version: 1,
    guild_id: ctx.guildId,
    guild: { id: ctx.guildId, locale: 'en-US', features: [] },
    channel: channelPayload(channel),
    channel_id: channel.id,
    member,
    app_permissions: String(world.botPermissionsIn(channel.id)),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: ctx.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

export interface CommandInvocation {
  name: string;
  options?: OptionValues;
  /** For commands with subcommands: the subcommand to run (its options are `options`). */
  subcommand?: string;
  /** For autocomplete: the option being typed. */
  focused?: string;
  /** The registered definition, when the bot registered one: gives option types and the command id. */
  definition?: APIApplicationCommand;
}

const inferredType = (value: string | number | boolean): ApplicationCommandOptionType =>
  typeof value === 'boolean'
    ? ApplicationCommandOptionType.Boolean
    : typeof value === 'number'
      ? Number.isInteger(value)
        ? ApplicationCommandOptionType.Integer
        : ApplicationCommandOptionType.Number
      : ApplicationCommandOptionType.String;

const RESOLVED_TYPES = new Set([
  ApplicationCommandOptionType.User,
  ApplicationCommandOptionType.Channel,
  ApplicationCommandOptionType.Role,
  ApplicationCommandOptionType.Mentionable,
]);

function resolve(world: World, guildId: string, id: string, resolved: APIInteractionDataResolved): void {
  if (world.users.has(id)) {
    (resolved.users ??= {})[id] = userPayload(world.user(id));
    const member = world.guild(guildId).members.get(id);
    if (member) {
      (resolved.members ??= {})[id] = {
        ...memberFields(world, guildId, id),
        permissions: String(world.permissionsOf(guildId, id)),
      };
    }
  } else if (world.channels.has(id)) {
    const channel = world.channel(id);
    (resolved.channels ??= {})[id] = {
      id,
      type: channel.type,
      name: channel.name,
      permissions: String(world.botPermissionsIn(id)),
    } as never;
  } else {
    const role = world.guild(guildId).roles.get(id);
    if (role) (resolved.roles ??= {})[id] = rolePayload(role, 0);
  }
}

function commandData(world: World, ctx: InteractionContext, invocation: CommandInvocation) {
  const defined = invocation.definition?.options ?? [];
  const scope = invocation.subcommand
    ? ((
        defined.find((o) => o.name === invocation.subcommand) as { options?: APIApplicationCommandOption[] } | undefined
      )?.options ?? [])
    : defined;
  const resolved: APIInteractionDataResolved = {};
  const leaves = Object.entries(invocation.options ?? {}).map(([name, value]) => {
    const type = scope.find((o) => o.name === name)?.type ?? inferredType(value);
    if (RESOLVED_TYPES.has(type)) resolve(world, ctx.guildId, String(value), resolved);
    return { name, type, value, ...(invocation.focused === name ? { focused: true } : {}) };
  }) as APIApplicationCommandInteractionDataOption[];
  const options = invocation.subcommand
    ? [{ name: invocation.subcommand, type: ApplicationCommandOptionType.Subcommand, options: leaves }]
    : leaves;
  return {
    id: invocation.definition?.id ?? snowflake(),
    name: invocation.name,
    type: ApplicationCommandType.ChatInput,
    options,
    ...(invocation.definition?.guild_id ? { guild_id: invocation.definition.guild_id } : {}),
    ...(Object.keys(resolved).length ? { resolved } : {}),
  };
}

export function chatInputInteraction(
  world: World,
  ctx: InteractionContext,
  invocation: CommandInvocation,
): APIInteraction {
  return {
    ...baseInteraction(world, InteractionType.ApplicationCommand, ctx),
    data: commandData(world, ctx, invocation),
  } as APIInteraction;
}

export function autocompleteInteraction(
  world: World,
  ctx: InteractionContext,
  invocation: CommandInvocation & { focused: string },
): APIInteraction {
  return {
    ...baseInteraction(world, InteractionType.ApplicationCommandAutocomplete, ctx),
    data: commandData(world, ctx, invocation),
  } as APIInteraction;
}

export function buttonInteraction(
  world: World,
  ctx: InteractionContext,
  message: APIMessage,
  customId: string,
): APIInteraction {
  return {
    ...baseInteraction(world, InteractionType.MessageComponent, ctx),
    message,
    data: { custom_id: customId, component_type: ComponentType.Button },
  } as APIInteraction;
}
