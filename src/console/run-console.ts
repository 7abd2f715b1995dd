import { createInterface } from 'node:readline';
import type { AnyCommand } from '../dispatch/command.ts';
import type { CommandContext } from '../dispatch/context.ts';
import type { Logger } from '../log/logger.ts';
import type { Reply } from '../render/reply.ts';
import type { AttachmentFolder } from './attachments.ts';
import { formatOutcome, runConsoleLine, type ConsoleOutcome } from './session.ts';

export interface ConsoleOptions {
  registry: readonly AnyCommand[];
  ctx: CommandContext;
  log: Logger;
  json: boolean;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
  /** Where the files of replies (charts) are written. */
  attachments: AttachmentFolder;
}

/** An outcome as printed, its files written first so that the text can give their paths. */
function printed(outcome: ConsoleOutcome & { reply: Reply }, options: ConsoleOptions, color: boolean): string {
  const files = options.attachments.save(outcome.reply.files ?? []);
  return formatOutcome(outcome, options.json, options.ctx.now(), { color }, files);
}

const EMPTY_LINE_TEXT = 'Give a command, e.g. /ask why are the talks with China stalled?';
/** An empty line still gets its one JSON line, so a script's lines and replies stay paired. */
const EMPTY_LINE_JSON = { command: '', ok: false, error: EMPTY_LINE_TEXT, reply: null, data: {} };

/** Runs one command and prints its reply; the exit code is 1 for a usage error, else 0. */
export async function runOnce(line: string, options: ConsoleOptions): Promise<number> {
  const outcome = await runConsoleLine(line, options.registry, options.ctx, options.log);
  if (!outcome.reply) {
    options.output.write(`${options.json ? JSON.stringify(EMPTY_LINE_JSON) : EMPTY_LINE_TEXT}\n`);
    return 1;
  }
  options.output.write(`${printed({ ...outcome, reply: outcome.reply }, options, options.output.isTTY === true)}\n`);
  return outcome.usageError ? 1 : 0;
}

/**
 * Reads commands from `input` until it ends. On a terminal: a prompt and multi-line replies. From a
 * pipe: one reply per input line on one output line (JSON with `--json`; text lines joined by " ⏎ "),
 * nothing else on stdout, so scripts can pair questions with answers.
 */
export async function runLines(options: ConsoleOptions): Promise<void> {
  const interactive = options.input.isTTY === true && !options.json;
  const rl = createInterface({
    input: options.input,
    output: interactive ? options.output : undefined,
    terminal: interactive,
  });
  const write = (text: string) => options.output.write(`${text}\n`);
  if (interactive) {
    write(
      `Trade desk console: ${options.ctx.kb.articles.length} articles. Type /help for the commands, a question to ask it, Ctrl-D to leave.`,
    );
    rl.setPrompt('trade-desk> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const outcome = await runConsoleLine(line, options.registry, options.ctx, options.log);
    if (outcome.reply) {
      const text = printed({ ...outcome, reply: outcome.reply }, options, interactive && options.output.isTTY === true);
      write(interactive ? `${text}\n` : text.replace(/\n/g, ' ⏎ '));
    } else if (!interactive) {
      write(options.json ? JSON.stringify(EMPTY_LINE_JSON) : '');
    }
    if (interactive) rl.prompt();
  }
}
