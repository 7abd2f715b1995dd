import { runAutocomplete, runCommand } from '../dispatch/dispatch.ts';
import type { RawOptions } from '../dispatch/options.ts';
import { autocompleteInputs, RUNS, timedCommandInputs, type Dispatch } from './command-inputs.ts';
import { askQuestions } from './queries.ts';
import type { Random } from './random.ts';
import { summarize, timeEach, type LatencySummary } from './stats.ts';

/**
 * Latencies in process, through the shared dispatcher (`runCommand`, `runAutocomplete`): what a
 * command costs once it reaches the bot, option validation and the reply's rendering included.
 */

export interface Timed {
  summary: LatencySummary;
  /** Share of the inputs answered with something (passages for `/ask`, an `ok` reply otherwise). */
  answered: number;
}

export type CommandTiming = Timed | { missing: string };

export interface AutocompleteTiming {
  /** Every autocompleted option together. */
  all: LatencySummary;
  byOption: { option: string; summary: LatencySummary }[];
}

export interface InProcessLatencies {
  ask: Timed;
  /** `MiniSearch.search` alone on the same questions: the floor `/ask` is compared with. */
  rawMiniSearch: LatencySummary;
  commands: Record<string, CommandTiming>;
  autocomplete: AutocompleteTiming | { missing: string };
}

/**
 * Timing budget of each command other than `/ask` (whose 1,000 runs are the point of the
 * benchmark): at 100 ms a run, 1,000 runs would take minutes on their own.
 */
export const COMMAND_BUDGET_MS = 20_000;

async function timeCommand(
  name: string,
  inputs: readonly RawOptions[],
  d: Dispatch,
  answered: (data: Record<string, unknown>) => boolean,
  budgetMs?: number,
): Promise<Timed> {
  const outcomes = new Map<RawOptions, boolean>();
  const samples = await timeEach(
    inputs,
    async (raw) => {
      const { reply } = await runCommand(d.registry, name, raw, d.ctx, d.log);
      outcomes.set(raw, reply.ok && answered(reply.data));
    },
    budgetMs,
  );
  return { summary: summarize(samples), answered: [...outcomes.values()].filter(Boolean).length / outcomes.size };
}

/** Times `/ask` against raw MiniSearch on the same questions, the other read-only commands, and every autocomplete. */
export async function measureInProcess(d: Dispatch, random: Random): Promise<InProcessLatencies> {
  const { kb } = d.ctx;
  const questions = askQuestions(
    kb.passages.map((p) => p.text),
    random,
    RUNS,
  );
  const rawMiniSearch = summarize(await timeEach(questions, (q) => kb.index.miniSearch.search(q)));
  const hasPassages = (data: Record<string, unknown>) => Array.isArray(data.passages) && data.passages.length > 0;
  const ask = await timeCommand(
    'ask',
    questions.map((question) => ({ values: { question } })),
    d,
    hasPassages,
  );

  const commands: Record<string, CommandTiming> = {};
  for (const { name, inputs } of await timedCommandInputs(d, random)) {
    commands[name] =
      'missing' in inputs
        ? inputs
        : await timeCommand(
            name,
            inputs.map((i) => i.raw),
            d,
            () => true,
            COMMAND_BUDGET_MS,
          );
  }

  const keystrokes = autocompleteInputs(d.registry, random);
  if (keystrokes.length === 0)
    return { ask, rawMiniSearch, commands, autocomplete: { missing: 'no command has an autocompleted option yet' } };
  const samples = await timeEach(keystrokes, (k) =>
    runAutocomplete(d.registry, k.command, k.focused, k.raw, d.ctx, d.log),
  );
  const byOption = [...new Set(keystrokes.map((k) => k.option))].map((option) => ({
    option,
    summary: summarize(samples.filter((_, i) => keystrokes[i]?.option === option)),
  }));
  return { ask, rawMiniSearch, commands, autocomplete: { all: summarize(samples), byOption } };
}
