import { citationLine } from './citation.ts';
import { cutText } from './limits.ts';
import { discordTimestamp } from './timestamps.ts';
import type { Deadline, DeadlineChange, DeadlineStatus } from '../deadlines/deadline.ts';

/** A deadline in words, for replies and channel posts. Dates are Discord timestamp markup. */

const QUOTE_LENGTH = 600;

const VERBS: Record<Deadline['kind'], Record<DeadlineStatus, string>> = {
  ends: { upcoming: 'ends', passed: 'ended' },
  'takes effect': { upcoming: 'takes effect', passed: 'took effect' },
};

/** "ends <F> (<R>)", "took effect …", flagged when the date was worked out from a duration. */
export function whenLine(
  deadline: Pick<Deadline, 'at' | 'approximate' | 'kind'>,
  status: DeadlineStatus = 'upcoming',
): string {
  const at = new Date(deadline.at);
  const when = `${VERBS[deadline.kind][status]} ${discordTimestamp(at, 'F')} (${discordTimestamp(at, 'R')})`;
  return deadline.approximate ? `${when}, approximately: worked out from a duration` : when;
}

/** The quoted sentence and its citation, or the admin's note or source. */
function cited(change: Pick<DeadlineChange, 'sentence' | 'article' | 'note'>, quoteLength: number): string[] {
  if (change.sentence && change.article) {
    const { article } = change;
    const link = article.url ? ` <${article.url}>` : '';
    return [
      `> ${cutText(change.sentence, quoteLength)}`,
      `— “${article.title}”, ${citationLine(article, article.paragraph)}${link}`,
    ];
  }
  return change.note ? [change.note] : [];
}

/** Where the current date comes from. */
export function sourceLines(deadline: Deadline): string[] {
  const lines = cited(deadline, QUOTE_LENGTH);
  if (lines.length > 0) return lines;
  return [deadline.source ? `Source: ${deadline.source}` : 'Added by this server with `/deadline add`.'];
}

/** Earlier dates, each with the sentence that gave it. */
export function historyLines(deadline: Deadline): string[] {
  return deadline.history.flatMap((h) => [
    `Earlier: ${discordTimestamp(h.date, 'D')}${h.approximate ? ' (approximate)' : ''}`,
    ...cited(h, QUOTE_LENGTH / 2),
  ]);
}
