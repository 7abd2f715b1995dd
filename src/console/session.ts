import type { AnyCommand } from '../dispatch/command.ts';
import type { CommandContext } from '../dispatch/context.ts';
import { runButton, runCommand } from '../dispatch/dispatch.ts';
import type { SourcesDesk } from '../feeds/sources-desk.ts';
import type { ReloadKnowledge } from '../knowledge/reload.ts';
import type { Logger } from '../log/logger.ts';
import { toDiscordPayload } from '../render/discord-payload.ts';
import type { Reply } from '../render/reply.ts';
import { toTerminalText, type TerminalStyle } from '../render/terminal.ts';
import { parseConsoleLine } from './parse-line.ts';
import { cleanText } from '../text/clean-text.ts';
import type { SavedFile } from './attachments.ts';

/** The console's JSON line: the scripting contract (names are fixed, fields may be added). */
export interface ConsoleJson {
  command: string;
  ok: boolean;
  error?: string;
  /** The Discord payload without its file bytes: those are in `files`, written to disk. */
  reply: Omit<ReturnType<typeof toDiscordPayload>, 'files'>;
  data: Record<string, unknown>;
  files?: SavedFile[];
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
  sources?: SourcesDesk,
): CommandContext {
  return {
    kb,
    store,
    now,
    invoker: { id: 'console', canManageGuild: true, isOwner: true },
    guildId: 'console',
    channelId: 'console',
    ...(reloadKnowledge ? { reloadKnowledge } : {}),
    ...(sources ? { sources } : {}),
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

export function toConsoleJson(
  outcome: ConsoleOutcome & { reply: Reply },
  files: readonly SavedFile[] = [],
): ConsoleJson {
  const { reply } = outcome;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the bytes are written to disk, not printed
  const { files: _bytes, ...payload } = toDiscordPayload(reply);
  return {
    command: outcome.command,
    ok: reply.ok,
    ...(reply.error ? { error: reply.error } : {}),
    reply: payload,
    data: reply.data,
    ...(files.length > 0 ? { files: [...files] } : {}),
  };
}

/** "tariff-china.png: /tmp/…/tariff-china.png (2400×1350, 212 KB)". */
function fileLine(f: SavedFile): string {
  const size = f.width && f.height ? `${f.width}×${f.height}, ` : '';
  return `📎 ${f.name}: ${f.path} (${size}${Math.ceil(f.bytes / 1024)} KB)`;
}

/** The text of an outcome as the console prints it. */
export function formatOutcome(
  outcome: ConsoleOutcome & { reply: Reply },
  json: boolean,
  now: Date,
  style: TerminalStyle,
  files: readonly SavedFile[] = [],
): string {
  if (json) return JSON.stringify(toConsoleJson(outcome, files));
  return [toTerminalText(outcome.reply, now, style), ...files.map(fileLine)].join('\n');
}
