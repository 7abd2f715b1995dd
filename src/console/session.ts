import type { AnyCommand } from '../dispatch/command.ts';
import type { CommandContext } from '../dispatch/context.ts';
import { runButton, runCommand } from '../dispatch/dispatch.ts';
import type { ReloadKnowledge } from '../knowledge/reload.ts';
import type { Logger } from '../log/logger.ts';
import { toDiscordPayload } from '../render/discord-payload.ts';
import type { Reply } from '../render/reply.ts';
import { toTerminalText, type TerminalStyle } from '../render/terminal.ts';
import { parseConsoleLine } from './parse-line.ts';
import { cleanText } from '../text/clean-text.ts';

/** The console's JSON line: the scripting contract (names are fixed, fields may be added). */
export interface ConsoleJson {
  command: string;
  ok: boolean;
  error?: string;
  reply: ReturnType<typeof toDiscordPayload>;
  data: Record<string, unknown>;
}

export interface ConsoleOutcome {
  /** Null for an empty line. */
  reply: Reply | null;
  command: string;
  /** The command itself was wrong (unknown command or option): the CLI exits 1. */
  usageError: boolean;
}

/** The console's context: the operator owns the terminal, so has Manage Server and owns the bot. */
export function consoleContext(
  kb: CommandContext['kb'],
  now: () => Date,
  store: CommandContext['store'],
  reloadKnowledge?: ReloadKnowledge,
): CommandContext {
  return {
    kb,
    store,
    now,
    invoker: { id: 'console', canManageGuild: true, isOwner: true },
    guildId: 'console',
    channelId: 'console',
    ...(reloadKnowledge ? { reloadKnowledge } : {}),
  };
}

/** Runs one console line through the same dispatcher Discord uses. */
export async function runConsoleLine(
  line: string,
  registry: readonly AnyCommand[],
  ctx: CommandContext,
  log: Logger,
): Promise<ConsoleOutcome> {
  const input = parseConsoleLine(line, registry);
  if (input.kind === 'empty') return { reply: null, command: '', usageError: false };
  if (input.kind === 'button') {
    return {
      reply: await runButton(registry, input.customId, ctx, log),
      command: cleanText(input.customId.split(':')[0] ?? ''),
      usageError: false,
    };
  }
  const { reply, usageError } = await runCommand(registry, input.name, input.raw, ctx, log);
  return { reply, command: cleanText(input.name), usageError };
}

export function toConsoleJson(outcome: ConsoleOutcome & { reply: Reply }): ConsoleJson {
  const { reply } = outcome;
  return {
    command: outcome.command,
    ok: reply.ok,
    ...(reply.error ? { error: reply.error } : {}),
    reply: toDiscordPayload(reply),
    data: reply.data,
  };
}

/** The text of an outcome as the console prints it. */
export function formatOutcome(
  outcome: ConsoleOutcome & { reply: Reply },
  json: boolean,
  now: Date,
  style: TerminalStyle,
): string {
  return json ? JSON.stringify(toConsoleJson(outcome)) : toTerminalText(outcome.reply, now, style);
}
