import { errorReply, type Reply } from '../render/reply.ts';
import type { Invoker } from './context.ts';

/** The Discord permissions a command may require, by their discord.js names. */
export type Permission = 'ManageGuild';

const PERMISSION_NAMES: Record<Permission, string> = { ManageGuild: 'Manage Server' };

/** What a command or subcommand declares it needs; the dispatcher enforces it, `/help` shows it. */
export interface Access {
  /** A permission the member must hold in the server. */
  requires?: Permission;
  /** Only the bot's owners (`BOT_OWNER_IDS`) may run it. */
  ownerOnly?: boolean;
}

/** The access of a command and its subcommand together. */
export function accessOf(
  command: Access & { subcommands?: Partial<Record<string, Access>> },
  subcommand?: string,
): Access {
  const sub = subcommand ? command.subcommands?.[subcommand] : undefined;
  const requires = sub?.requires ?? command.requires;
  const ownerOnly = (sub?.ownerOnly ?? false) || (command.ownerOnly ?? false);
  return { ...(requires ? { requires } : {}), ...(ownerOnly ? { ownerOnly } : {}) };
}

function holds(invoker: Invoker, permission: Permission): boolean {
  switch (permission) {
    case 'ManageGuild':
      return invoker.canManageGuild;
  }
}

/** "needs Manage Server", "bot owners only": how `/help` and the refusal name an access. */
export function describeAccess(access: Access): string | undefined {
  if (access.ownerOnly) return "the bot's owners only";
  if (access.requires) return `needs ${PERMISSION_NAMES[access.requires]}`;
  return undefined;
}

/** The refusal for an invoker without the access, or undefined when they have it. */
export function refusal(access: Access, invoker: Invoker, usage: string): Reply | undefined {
  if (access.ownerOnly && !invoker.isOwner)
    return errorReply(`Only the bot's owners can use \`${usage}\`.`, { refused: 'ownerOnly' });
  if (access.requires && !holds(invoker, access.requires))
    return errorReply(`Only members with the ${PERMISSION_NAMES[access.requires]} permission can use \`${usage}\`.`, {
      refused: access.requires,
    });
  return undefined;
}
