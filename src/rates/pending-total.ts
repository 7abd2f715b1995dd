/**
 * A total told after a part of it still to come: "An additional 25% tariff will take effect on
 * August 27. The cumulative tariff adds up to 50%." The sum holds only once the part starts, so the
 * total is to come with it, unless its own sentence says it holds now.
 */
import type { RateStatement } from './rate-statement.ts';

export const HOLDS_NOW = /\b(?:now|currently|already|today|in\s+(?:force|effect|place)|stands?|stood)\b/iu;

/** Schedules each total told as in force whose pair has a part, told before it, still to come. */
export function scheduleTotalsOfPendingParts(statements: readonly RateStatement[]): void {
  for (const total of statements) {
    if (total.part !== 'total' || total.status !== 'current' || total.dated || total.products) continue;
    if (HOLDS_NOW.test(total.sentence)) continue;
    const part = statements.find(
      (s) =>
        s.part === 'component' &&
        s.status === 'scheduled' &&
        !s.products &&
        s.imposer === total.imposer &&
        s.target === total.target &&
        s.percent < total.percent &&
        s.paragraph <= total.paragraph,
    );
    if (!part) continue;
    total.status = 'scheduled';
    if (part.effective) total.effective = part.effective;
  }
}
