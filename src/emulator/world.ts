import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { APIApplicationCommand, APIMessage } from 'discord-api-types/v10';
import { snowflake } from './snowflake.ts';

/** The emulator's in-memory Discord: who exists, where, with which permissions, and what was said. */

export interface EmuUser {
  id: string;
  username: string;
  globalName?: string;
  bot?: boolean;
}

export interface EmuRole {
  id: string;
  name: string;
  permissions: bigint;
}

export interface EmuChannel {
  id: string;
  guildId: string;
  name: string;
  type: ChannelType.GuildText | ChannelType.GuildAnnouncement | ChannelType.GuildForum | ChannelType.PublicThread;
  /** A thread's channel (a forum post's forum). */
  parentId?: string;
  /** False: the bot lacks Send Messages here, so posts get 403 Missing Permissions (50013). */
  botCanSend: boolean;
}

export interface EmuMember {
  userId: string;
  roles: string[];
  /** Overrides the permissions computed from @everyone and the member's roles. */
  permissions?: bigint;
  joinedAt: string;
}

export interface EmuGuild {
  id: string;
  name: string;
  ownerId: string;
  roles: Map<string, EmuRole>;
  members: Map<string, EmuMember>;
}

export interface EmuInteraction {
  id: string;
  token: string;
  type: number;
  guildId: string;
  channelId: string;
  userId: string;
  dispatchedAt: number;
  acknowledged: boolean;
  /** The message `@original` refers to, once the callback created or chose one. */
  originalMessageId?: string;
  /** For component interactions: the message the component sits on. */
  sourceMessageId?: string;
}

export const DEFAULT_MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands;

export const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

export class World {
  readonly users = new Map<string, EmuUser>();
  readonly guilds = new Map<string, EmuGuild>();
  readonly channels = new Map<string, EmuChannel>();
  readonly messages = new Map<string, APIMessage>();
  readonly interactions = new Map<string, EmuInteraction>();
  readonly globalCommands: APIApplicationCommand[] = [];
  readonly guildCommands = new Map<string, APIApplicationCommand[]>();

  constructor(
    readonly bot: EmuUser,
    readonly applicationId: string,
  ) {
    this.users.set(bot.id, bot);
  }

  addUser(user: Partial<EmuUser> & { username: string }): EmuUser {
    const created: EmuUser = { id: snowflake(), ...user };
    this.users.set(created.id, created);
    return created;
  }

  /** A guild with its @everyone role (id = guild id) and the bot as a member. */
  addGuild(options: { id?: string; name?: string; ownerId?: string; everyonePermissions?: bigint } = {}): EmuGuild {
    const id = options.id ?? snowflake();
    const guild: EmuGuild = {
      id,
      name: options.name ?? `Guild ${id}`,
      ownerId: options.ownerId ?? snowflake(),
      roles: new Map([
        [id, { id, name: '@everyone', permissions: options.everyonePermissions ?? DEFAULT_MEMBER_PERMISSIONS }],
      ]),
      members: new Map(),
    };
    this.guilds.set(id, guild);
    this.addMember(id, this.bot.id);
    return guild;
  }

  addRole(guildId: string, role: { name: string; permissions?: bigint; id?: string }): EmuRole {
    const created: EmuRole = { id: role.id ?? snowflake(), name: role.name, permissions: role.permissions ?? 0n };
    this.guild(guildId).roles.set(created.id, created);
    return created;
  }

  addChannel(guildId: string, channel: Partial<Omit<EmuChannel, 'guildId'>> = {}): EmuChannel {
    this.guild(guildId);
    const created: EmuChannel = {
      id: snowflake(),
      name: 'general',
      type: ChannelType.GuildText,
      botCanSend: true,
      ...channel,
      guildId,
    };
    this.channels.set(created.id, created);
    return created;
  }

  addMember(guildId: string, userId: string, options: { roles?: string[]; permissions?: bigint } = {}): EmuMember {
    const member: EmuMember = { userId, roles: options.roles ?? [], joinedAt: new Date().toISOString() };
    if (options.permissions !== undefined) member.permissions = options.permissions;
    this.guild(guildId).members.set(userId, member);
    return member;
  }

  guild(id: string): EmuGuild {
    const guild = this.guilds.get(id);
    if (!guild) throw new Error(`emulator: no guild ${id}`);
    return guild;
  }

  channel(id: string): EmuChannel {
    const channel = this.channels.get(id);
    if (!channel) throw new Error(`emulator: no channel ${id}`);
    return channel;
  }

  user(id: string): EmuUser {
    const user = this.users.get(id);
    if (!user) throw new Error(`emulator: no user ${id}`);
    return user;
  }

  member(guildId: string, userId: string): EmuMember {
    const member = this.guild(guildId).members.get(userId);
    if (!member) throw new Error(`emulator: user ${userId} is not a member of guild ${guildId}`);
    return member;
  }

  channelsOf(guildId: string): EmuChannel[] {
    return [...this.channels.values()].filter((c) => c.guildId === guildId);
  }

  /** Guild-level permissions as Discord computes them: @everyone | roles, Administrator = all. */
  permissionsOf(guildId: string, userId: string): bigint {
    const guild = this.guild(guildId);
    const member = this.member(guildId, userId);
    if (member.permissions !== undefined) return member.permissions;
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    let permissions = guild.roles.get(guildId)?.permissions ?? 0n;
    for (const roleId of member.roles) permissions |= guild.roles.get(roleId)?.permissions ?? 0n;
    return permissions & PermissionFlagsBits.Administrator ? ALL_PERMISSIONS : permissions;
  }

  /** What the bot may do in a channel (the interaction's `app_permissions`). */
  botPermissionsIn(channelId: string): bigint {
    const channel = this.channel(channelId);
    const permissions = this.permissionsOf(channel.guildId, this.bot.id);
    return channel.botCanSend ? permissions : permissions & ~PermissionFlagsBits.SendMessages;
  }

  interactionByToken(token: string): EmuInteraction | undefined {
    for (const interaction of this.interactions.values()) if (interaction.token === token) return interaction;
    return undefined;
  }
}
