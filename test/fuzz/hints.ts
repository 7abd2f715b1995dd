import type { AnyCommand } from '../../src/dispatch/command.ts';
import type { CommandContext } from '../../src/dispatch/context.ts';
import { runAutocomplete } from '../../src/dispatch/dispatch.ts';
import { basicOptions, subcommandNames } from '../../src/dispatch/options.ts';
import { parseConsoleLine } from '../../src/console/parse-line.ts';
import type { Logger } from '../../src/log/logger.ts';

/**
 * Values a command would accept, so the fuzzer gets past validation into the handlers (a date
 * `/deadline add` takes, a deadline id `/remind add` knows), read from the command itself: its
 * examples, the "e.g." of each option's description, and what its autocomplete offers.
 */
export type Hints = (subcommand: string | undefined, option: string) => string[];

export const noHints: Hints = () => [];

/** "e.g. 2025-06-15 or June 15 (default: …)" → ["2025-06-15", "June 15"]. */
export function descriptionExamples(description: string): string[] {
  const match = /e\.g\.\s*([^()]*)/.exec(description);
  return match?.[1]
    ? match[1]
        .split(/\s+or\s+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

export async function hintsFor(
  command: AnyCommand,
  registry: readonly AnyCommand[],
  ctx: CommandContext,
  log: Logger,
): Promise<Hints> {
  const found = new Map<string, Set<string>>();
  const add = (subcommand: string | undefined, option: string, value: unknown) => {
    const key = `${subcommand ?? ''}/${option}`;
    if (typeof value === 'string' && value !== '') found.set(key, (found.get(key) ?? new Set()).add(value));
  };
  for (const example of command.examples ?? []) {
    const input = parseConsoleLine(example, registry);
    if (input.kind === 'command')
      for (const [option, value] of Object.entries(input.raw.values)) add(input.raw.subcommand, option, value);
  }
  for (const subcommand of [undefined, ...subcommandNames(command.definition)]) {
    for (const option of basicOptions(command.definition, subcommand)) {
      for (const example of descriptionExamples(option.description)) add(subcommand, option.name, example);
      const raw = subcommand ? { subcommand, values: {} } : { values: {} };
      for (const choice of await runAutocomplete(
        registry,
        command.definition.name,
        { name: option.name, value: '' },
        raw,
        ctx,
        log,
      ))
        add(subcommand, option.name, choice.value);
    }
  }
  return (subcommand, option) => [...(found.get(`${subcommand ?? ''}/${option}`) ?? [])];
}
