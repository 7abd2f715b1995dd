import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { AnyCommand } from '../dispatch/command.ts';
import { basicOptions, subcommandNames, type RawOptions } from '../dispatch/options.ts';
import { escapeRegExp } from '../text/patterns.ts';

/** A console line, read as a command. */
export type ConsoleInput =
  { kind: 'command'; name: string; raw: RawOptions } | { kind: 'button'; customId: string } | { kind: 'empty' };

/** Console-only verbs: pressing a button by its custom id (the terminal has no buttons to click). */
const BUTTON_VERB = '/button';

/**
 * Reads a console line:
 * - `/quote bessent` fills the command's first option with the free text;
 * - `/quote speaker:"Scott Bessent" topic:china` fills named options (quotes optional for one word);
 * - `/remind add deadline:…`: a command with subcommands takes the subcommand as its first word,
 *   or its default one (`/deadline upcoming` is `/deadline list status:upcoming`);
 * - a line without a leading `/` is a question, as if asked with `/ask` (or by mentioning the bot).
 * Only the option names the command has are read as names, so `/ask what is "rate: 10%"?` stays a question.
 */
export function parseConsoleLine(line: string, registry: readonly AnyCommand[]): ConsoleInput {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'command', name: 'ask', raw: { values: { question: text } } };
  const [head = '', ...restWords] = text.split(/\s+/);
  let rest = text.slice(head.length).trim();
  if (head === BUTTON_VERB) return { kind: 'button', customId: rest };
  const name = head.slice(1).toLowerCase();
  const command = registry.find((c) => c.definition.name === name);
  if (!command) return { kind: 'command', name, raw: { values: {} } };

  let subcommand: string | undefined;
  const subcommands = subcommandNames(command.definition);
  const first = restWords[0]?.toLowerCase();
  if (first && (subcommands.includes(first) || (subcommands.length > 0 && !command.defaultSubcommand))) {
    subcommand = first;
    rest = rest.slice(first.length).trim();
  } else if (subcommands.length > 0) {
    subcommand = command.defaultSubcommand;
  }
  const options = basicOptions(command.definition, subcommand);
  // No prototype: an option typed as `__proto__:x` is an ordinary (unknown) key, not a prototype change.
  const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const names = options.map((o) => escapeRegExp(o.name));
  const free: string[] = [];
  if (names.length > 0) {
    const named = new RegExp(`(?:^|\\s)(${names.join('|')}):(?:"([^"]*)"|“([^”]*)”|(\\S*))`, 'gi');
    let at = 0;
    for (const m of rest.matchAll(named)) {
      free.push(rest.slice(at, m.index));
      values[(m[1] ?? '').toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
      at = m.index + m[0].length;
    }
    free.push(rest.slice(at));
  } else {
    free.push(rest);
  }
  const positional = free.join(' ').trim();
  if (positional) {
    const target = options.find((o) => values[o.name] === undefined && o.type !== ApplicationCommandOptionType.Boolean);
    // Text with no option to take it is passed under a name the validator will report as unknown.
    values[target?.name ?? /^([^\s:]+):/.exec(positional)?.[1] ?? positional] = positional;
  }
  return { kind: 'command', name, raw: subcommand ? { subcommand, values } : { values } };
}
