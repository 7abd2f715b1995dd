import type { AnyCommand } from '../src/dispatch/command.ts';
import { askCommand } from './ask.ts';
import { deadlineCommand } from './deadline.ts';
import { followCommand } from './follow.ts';
import { createHelpCommand } from './help.ts';
import { quoteCommand } from './quote.ts';
import { reloadCommand } from './reload.ts';
import { remindCommand } from './remind.ts';
import { sourcesCommand } from './sources.ts';
import { tariffCommand } from './tariff.ts';

/** Every slash command of the bot, in the order `/help` lists them. */
export const commands: AnyCommand[] = [
  askCommand,
  tariffCommand,
  quoteCommand,
  sourcesCommand,
  deadlineCommand,
  remindCommand,
  followCommand,
  reloadCommand,
  createHelpCommand(() => commands),
];

export function findCommand(name: string): AnyCommand | undefined {
  return commands.find((c) => c.definition.name === name);
}
