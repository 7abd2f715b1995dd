import type { RateStatement } from './rate-statement.ts';

/**
 * Two levels offered as a choice: "plans to impose blanket tariffs of 15 per cent or 20 per cent on
 * most other trading partners", "a tariff of 15% or 20% on Peru". Nothing is settled: one of them may
 * come, so a level told as to come was only floated. Levels in force ("goods face 10% or 25%,
 * depending on the category") stay as they are.
 */
const OR_BETWEEN = /^\s+or\s+(?:an?\s+)?$/u;

type Statement = Pick<RateStatement, 'imposer' | 'target' | 'status' | 'effective'> & { index: number };

/**
 * Gives the first level of a choice the parties of the second, which names them once for both
 * ("15% or 20% on Peru"), and reads a choice of levels to come as threatened, both.
 */
export function readAlternatives<S extends Statement>(
  sentence: string,
  percents: readonly { lead: number; end: number }[],
  found: S[],
): void {
  for (let i = percents.length - 2; i >= 0; i--) {
    const [first, second] = [percents[i]!, percents[i + 1]!];
    if (!OR_BETWEEN.test(sentence.slice(first.end, second.lead))) continue;
    const later = found.filter((f) => f.index === i + 1);
    const own = found.filter((f) => f.index === i);
    const template = own[0];
    if (template && later.length > 0)
      found.splice(
        found.indexOf(template),
        own.length,
        ...later.map(({ imposer, target }) => ({ ...template, imposer, target })),
      );
    // The words after the second level tell the status of both ("15% or 20% would apply").
    const pair = found.filter((f) => f.index === i || f.index === i + 1);
    if (!pair.some((f) => f.status === 'scheduled' || f.status === 'threatened')) continue;
    for (const f of pair) {
      if (f.status !== 'current' && f.status !== 'scheduled') continue;
      f.status = 'threatened';
      delete f.effective;
    }
  }
}
