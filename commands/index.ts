import type { Command } from '../src/commands/command.ts';
import { askCommand } from './ask.ts';
import { createHelpCommand } from './help.ts';
import { sourcesCommand } from './sources.ts';

/** Every slash command of the bot, in the order `/help` lists them. */
export const commands: Command[] = [
  askCommand,
  sourcesCommand,
  createHelpCommand(() => commands),
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.definition.name === name);
}
