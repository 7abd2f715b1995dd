import type { Reply } from '../render/reply.ts';
import type { CommandContext } from './context.ts';
import type { Definition, OptionName, OptionsOf, ParsedOptions, SubcommandName } from './option-types.ts';
import type { Access } from './access.ts';

/** The option the user is typing in, for autocomplete, and the subcommand it belongs to. */
export interface FocusedOption<Name extends string = string, Sub extends string = string> {
  name: Name;
  value: string;
  subcommand?: Sub;
}

/** One autocomplete suggestion; Discord shows at most 25 (see `render/limits.ts`). */
export interface AutocompleteChoice {
  name: string;
  value: string;
}

/**
 * A slash command: its definition as data beside its handler. The same object serves Discord,
 * the console and the tests; nothing here knows which transport asked. The handler's options are
 * typed from the definition (`OptionsOf`); the dispatcher validates them before calling it, and
 * enforces the declared access (`requires`, `ownerOnly`, per subcommand in `subcommands`).
 */
export interface Command<D extends Definition = Definition> extends Access {
  definition: D;
  /** Access a subcommand needs beyond the command's own (`/deadline add` needs Manage Server). */
  subcommands?: { [S in SubcommandName<D>]?: Access };
  /**
   * The subcommand a bare console line means (`/deadline` → `/deadline list`). Discord always sends
   * one, since a command with subcommands cannot be run bare there.
   */
  defaultSubcommand?: SubcommandName<D>;
  /** Example invocations in console syntax, shown by `/help` (e.g. `/quote bessent`). */
  examples?: string[];
  /** The handler may take longer than Discord's 3-second window: acknowledge first. */
  defer?: boolean;
  handle(options: OptionsOf<D>, ctx: CommandContext): Reply | Promise<Reply>;
  autocomplete?(
    focused: FocusedOption<OptionName<D>, SubcommandName<D>>,
    ctx: CommandContext,
  ): AutocompleteChoice[] | Promise<AutocompleteChoice[]>;
  /**
   * A press of one of this command's buttons. Custom ids are `<command>:<arg>:<arg>…` (see
   * `buttonId`); all the state a button needs lives in its id, so it still works after a restart.
   */
  button?(args: string[], ctx: CommandContext): Reply | Promise<Reply>;
}

/** A command as the registry and the dispatcher hold it, whatever its definition. */
export interface AnyCommand extends Access {
  definition: Definition;
  subcommands?: Partial<Record<string, Access>>;
  defaultSubcommand?: string;
  examples?: string[];
  defer?: boolean;
  handle(options: ParsedOptions, ctx: CommandContext): Reply | Promise<Reply>;
  autocomplete?(focused: FocusedOption, ctx: CommandContext): AutocompleteChoice[] | Promise<AutocompleteChoice[]>;
  button?(args: string[], ctx: CommandContext): Reply | Promise<Reply>;
}

/**
 * Checks a command against its own definition and files it for the registry. The one cast is sound
 * because the dispatcher calls `handle` only with options validated against that same definition.
 */
export function defineCommand<const D extends Definition>(command: Command<D>): AnyCommand {
  return command as unknown as AnyCommand;
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
