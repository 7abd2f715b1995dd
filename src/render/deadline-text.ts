import { citationLine } from './citation.ts';
import { cutText } from './limits.ts';
import { discordTimestamp } from './timestamps.ts';
import type { Deadline, DeadlineChange, DeadlineSource, DeadlineStatus } from '../deadlines/deadline.ts';

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

/** How many later articles a line names before it counts the rest. */
const ALSO_NAMED = 3;

/** "Also stated by Reuters (<date>), AP (<date>) and 2 more": the date is not one article's word. */
function alsoLine(also: readonly DeadlineSource[]): string[] {
  if (also.length === 0) return [];
  const named = also.slice(0, ALSO_NAMED).map((a) => `${a.outlet} (${discordTimestamp(a.published, 'D')})`);
  const more = also.length - named.length;
  const list =
    more > 0
      ? `${named.join(', ')} and ${more} more`
      : [named.slice(0, -1).join(', '), named.at(-1)].filter(Boolean).join(' and ');
  return [`Also stated by ${list}.`];
}

/** The quoted sentence and its citation, or the admin's note or source. */
function cited(
  change: Pick<DeadlineChange, 'sentence' | 'article' | 'note' | 'alsoIn'>,
  quoteLength: number,
): string[] {
  if (change.sentence && change.article) {
    const { article } = change;
    const link = article.url ? ` <${article.url}>` : '';
    return [
      `> ${cutText(change.sentence, quoteLength)}`,
      `— “${article.title}”, ${citationLine(article, article.paragraph)}${link}`,
      ...alsoLine(change.alsoIn ?? []),
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
