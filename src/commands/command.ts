import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Reply } from '../render/reply.ts';
import type { CommandContext } from './context.ts';

/** Option values after validation against the command's definition. */
export interface ParsedOptions {
  /** The chosen subcommand, for commands that have them (`/remind add`). */
  subcommand?: string;
  values: Record<string, string | number | boolean>;
}

/** The option the user is typing in, for autocomplete. */
export interface FocusedOption {
  name: string;
  value: string;
}

/** One autocomplete suggestion; Discord shows at most 25 (see `render/limits.ts`). */
export interface AutocompleteChoice {
  name: string;
  value: string;
}

/**
 * A slash command: its definition as data beside its handler. The same object serves Discord,
 * the console and the tests; nothing here knows which transport asked.
 */
export interface Command {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /**
   * The subcommand a bare console line means (`/deadline` → `/deadline list`). Discord always sends
   * one, since a command with subcommands cannot be run bare there.
   */
  defaultSubcommand?: string;
  /** Example invocations in console syntax, shown by `/help` (e.g. `/quote bessent`). */
  examples?: string[];
  /** The handler may take longer than Discord's 3-second window: acknowledge first. */
  defer?: boolean;
  handle(options: ParsedOptions, ctx: CommandContext): Reply | Promise<Reply>;
  autocomplete?(focused: FocusedOption, options: ParsedOptions, ctx: CommandContext): AutocompleteChoice[];
  /**
   * A press of one of this command's buttons. Custom ids are `<command>:<arg>:<arg>…` (see
   * `buttonId`); all the state a button needs lives in its id, so it still works after a restart.
   */
  button?(args: string[], ctx: CommandContext): Reply | Promise<Reply>;
}

const BUTTON_SEPARATOR = ':';

/** A button custom id for `command`, carrying `args` (each free of `:`), within Discord's 100 characters. */
export function buttonId(command: string, ...args: (string | number)[]): string {
  const id = [command, ...args.map(String)].join(BUTTON_SEPARATOR);
  if (id.length > 100) throw new Error(`button id over 100 characters: ${id.slice(0, 40)}…`);
  return id;
}

/** Splits a custom id made by `buttonId` into the command name and its args. */
export function parseButtonId(customId: string): { command: string; args: string[] } {
  const [command = '', ...args] = customId.split(BUTTON_SEPARATOR);
  return { command, args };
}

export function optionString(options: ParsedOptions, name: string): string | undefined {
  const value = options.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function optionNumber(options: ParsedOptions, name: string): number | undefined {
  const value = options.values[name];
  return typeof value === 'number' ? value : undefined;
}

export function optionBoolean(options: ParsedOptions, name: string): boolean | undefined {
  const value = options.values[name];
  return typeof value === 'boolean' ? value : undefined;
}
