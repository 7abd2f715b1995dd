import { randomBytes } from 'node:crypto';
import type { Logger } from '../log/logger.ts';
import { DatabaseError } from '../store/errors.ts';
import { errorReply, type Reply } from '../render/reply.ts';
import { DISCORD_LIMITS } from '../render/limits.ts';
import { parseButtonId, type AnyCommand, type AutocompleteChoice, type FocusedOption } from './command.ts';
import { accessOf, refusal } from './access.ts';
import type { CommandContext } from './context.ts';
import { cleanText } from '../text/clean-text.ts';
import { parseOptions, type RawOptions } from './options.ts';
import { echo } from '../render/echo.ts';

/** What became of one command: its reply, and whether the user got the command itself wrong. */
export interface DispatchResult {
  reply: Reply;
  usageError: boolean;
}

/** A short id that ties the message a user sees to the log line with the stack. */
export function errorRef(): string {
  return randomBytes(4).toString('hex');
}

function failed(log: Logger, error: unknown, what: Record<string, unknown>): Reply {
  const ref = errorRef();
  log.error({ err: error, ref, ...what }, 'handler failed');
  // A database fault has a cause the user can be told (busy, full, read-only); anything else is a bug.
  const message = error instanceof DatabaseError ? error.userMessage : 'Something went wrong';
  return errorReply(`${message} (ref ${ref}). It has been logged; please try again later.`, { ref });
}

/** `/deadline add`: how a refusal names what was run. */
const invocation = (command: AnyCommand, subcommand?: string) =>
  `/${command.definition.name}${subcommand && command.subcommands?.[subcommand] ? ` ${subcommand}` : ''}`;

/**
 * Runs a command for any transport: finds it, checks the invoker's access (before the options, so a
 * member without it is told that first), validates the options, calls it, contains its failure.
 */
export async function runCommand(
  registry: readonly AnyCommand[],
  name: string,
  raw: RawOptions,
  ctx: CommandContext,
  log: Logger,
): Promise<DispatchResult> {
  const command = registry.find((c) => c.definition.name === name);
  if (!command) {
    const names = registry.map((c) => `/${c.definition.name}`).join(', ');
    return { reply: errorReply(`Unknown command “/${echo(name, 40)}”. Commands: ${names}.`), usageError: true };
  }
  const refused = refusal(accessOf(command, raw.subcommand), ctx.invoker, invocation(command, raw.subcommand));
  if (refused) return { reply: refused, usageError: false };
  const parsed = parseOptions(command.definition, raw);
  if (!parsed.ok) return { reply: errorReply(parsed.error), usageError: true };
  try {
    const reply = await command.handle(parsed.options, ctx);
    const hide = parsed.options.hide === true;
    return { reply: hide ? { ...reply, ephemeral: true } : reply, usageError: false };
  } catch (error) {
    return { reply: failed(log, error, { command: name }), usageError: false };
  }
}

/** Autocomplete suggestions, within Discord's limits; a failing autocomplete offers nothing rather than erroring. */
export async function runAutocomplete(
  registry: readonly AnyCommand[],
  name: string,
  focused: FocusedOption,
  raw: RawOptions,
  ctx: CommandContext,
  log: Logger,
): Promise<AutocompleteChoice[]> {
  const command = registry.find((c) => c.definition.name === name);
  if (!command?.autocomplete) return [];
  // Suggestions would show a member without access what the command itself refuses them.
  if (refusal(accessOf(command, raw.subcommand), ctx.invoker, name)) return [];
  try {
    const subcommand = raw.subcommand ?? focused.subcommand;
    const choices = await command.autocomplete(
      { name: focused.name, value: cleanText(focused.value), ...(subcommand ? { subcommand } : {}) },
      ctx,
    );
    return choices.slice(0, DISCORD_LIMITS.autocompleteChoices).map((c) => ({
      name: c.name.slice(0, DISCORD_LIMITS.choiceName),
      value: c.value.slice(0, DISCORD_LIMITS.choiceValue),
    }));
  } catch (error) {
    log.error({ err: error, command: name, option: focused.name }, 'autocomplete failed');
    return [];
  }
}

/** A button press, routed by the command name at the head of its custom id. */
export async function runButton(
  registry: readonly AnyCommand[],
  customId: string,
  ctx: CommandContext,
  log: Logger,
): Promise<Reply> {
  const { command: name, args } = parseButtonId(customId);
  const command = registry.find((c) => c.definition.name === name);
  if (!command?.button) return errorReply('This button no longer does anything. Run the command again.');
  try {
    return await command.button(args, ctx);
  } catch (error) {
    return failed(log, error, { button: customId });
  }
}
