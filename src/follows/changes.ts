import type { Deadline } from '../deadlines/deadline.ts';
import { extractMentions, type DeadlineMention } from '../deadlines/extract.ts';
import { partyIdOf } from '../deadlines/parties.ts';
import { countryNamed, HOME_COUNTRY } from '../geo/countries.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { pairRates, type DirectionRates } from '../rates/current.ts';
import type { RateStatement } from '../rates/rate-statement.ts';
import { isGeneral, trackerStatus, type TrackerStatus } from '../rates/timeline.ts';

/**
 * What new articles changed for a country: the knowledge before them against the knowledge with
 * them, read through the same public functions `/tariff` and `/deadline` answer from.
 *
 * - Rate: the general rate in force today, each direction (`pairRates`), with and without the new
 *   articles' statements. A different percent (or none) is a change; with none left, a new
 *   statement that the rate was struck down or paused says which.
 * - Pause: the rate in force unchanged, but a new article says it is paused.
 * - Deadline: an upcoming deadline between the home country and the country whose current date a
 *   new article gives, and which had another date before (moved) or did not exist before (added).
 *
 * The same change (one alert, however many articles report it) has the same key: the direction,
 * what it became and since when (`rate:US>China:20:2025-11-10`), the status a rate was left in
 * (`rate:US>China:struck down:25`), or the deadline and its new date (`deadline:us-china-tariffs:2026-11-10`).
 * A later article reports a change when it states the rate in force that the change made (the
 * same percent, in force or scheduled), the same struck-down or paused rate, or gives the
 * deadline's current date.
 */

/** A sentence of an article that reports a change. */
export interface ChangeSource {
  articleId: string;
  paragraph: number;
  sentence: string;
}

export interface RateMove {
  percent: number;
  /** Its first day as far as the articles tell (YYYY-MM-DD). */
  since: string;
}

export type ChangeFact =
  | {
      kind: 'rate';
      imposer: string;
      target: string;
      /** `in force`: a rate in force now (after); otherwise what became of the one before. */
      status: 'in force' | 'struck down' | 'paused' | 'no longer in force';
      before?: RateMove;
      after?: RateMove;
    }
  | {
      kind: 'deadline';
      deadlineId: string;
      title: string;
      deadlineKind: Deadline['kind'];
      date: string;
      approximate: boolean;
      /** The date before, when it moved; absent when it is new. */
      was?: string;
    };

export interface Change {
  key: string;
  fact: ChangeFact;
  sources: ChangeSource[];
}

const sourceOf = (s: RateStatement): ChangeSource => ({
  articleId: s.articleId,
  paragraph: s.paragraph,
  sentence: s.sentence,
});

const RATE_HOLDS: readonly TrackerStatus[] = ['in force', 'scheduled', 'announced'];

/** "2026-11-21" → the day of `now`. */
export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

/** The changes of one batch of new articles, worked out once per country however many follows ask. */
export class ChangeReader {
  private freshRates: RateStatement[] | undefined;
  private mentions: Map<string, DeadlineMention[]> | undefined;
  private readonly byCountry = new Map<string, { changes: Change[]; restated: Change[] }>();

  constructor(
    private readonly kb: KnowledgeBase,
    /** The batch's new articles. */
    private readonly fresh: ReadonlySet<string>,
    private readonly asOf: string,
    /**
     * The statements as they were before the batch, when the caller kept them (the previous
     * tick's `kb.rates`): what was worked out from them then is reused. Else they are filtered.
     */
    private before?: readonly RateStatement[],
  ) {}

  /** Changes the batch made for `country`, each with the new articles that report it. */
  changes(country: string): Change[] {
    return this.read(country).changes;
  }

  /**
   * Changes already in force that a new article reports again (the change itself came earlier):
   * for adding the article to that change's alert.
   */
  restated(country: string): Change[] {
    return this.read(country).restated;
  }

  /**
   * Whether the batch states a rate that can move `country`'s rates in force: one between it and
   * the home country, or one the home country charges on no country in particular ("all
   * countries"), which stands in where a partner has no rate of its own. Any other country's rates
   * are left unread: reading a country's rates in force is the costly part.
   */
  private touches(country: string): boolean {
    this.freshRates ??= this.kb.rates.filter((s) => this.fresh.has(s.articleId));
    return this.freshRates.some(
      (s) =>
        s.imposer === country ||
        s.target === country ||
        (s.imposer === HOME_COUNTRY && countryNamed(s.target) === undefined),
    );
  }

  private read(country: string): { changes: Change[]; restated: Change[] } {
    let read = this.byCountry.get(country);
    if (!read) {
      let rates: { changes: Change[]; restated: Change[] }[] = [];
      if (this.touches(country)) {
        this.before ??= this.kb.rates.filter((s) => !this.fresh.has(s.articleId));
        const after = pairRates(this.kb.rates, country, this.asOf);
        const before = pairRates(this.before, country, this.asOf);
        rates = after.map((a, i) => this.rateChange(a, before[i]!));
      }
      const deadlines = this.deadlineChanges(country);
      read = {
        changes: [...rates.flatMap((r) => r.changes), ...deadlines.changes],
        restated: [...rates.flatMap((r) => r.restated), ...deadlines.restated],
      };
      this.byCountry.set(country, read);
    }
    return read;
  }

  private freshOf(direction: DirectionRates): RateStatement[] {
    return direction.history.filter((s) => this.fresh.has(s.articleId) && isGeneral(s));
  }

  private rateChange(after: DirectionRates, before: DirectionRates): { changes: Change[]; restated: Change[] } {
    const { imposer, target } = after;
    const fresh = this.freshOf(after);
    const now = after.inForce;
    const was = before.inForce;
    const holding = (percent: number) =>
      fresh.filter((s) => s.percent === percent && RATE_HOLDS.includes(trackerStatus(s) ?? 'threatened'));
    const ended = (status: TrackerStatus) => fresh.filter((s) => trackerStatus(s) === status);
    const rate = (fact: Omit<Extract<ChangeFact, { kind: 'rate' }>, 'kind' | 'imposer' | 'target'>) =>
      ({ kind: 'rate', imposer, target, ...fact }) as const;
    const direction = `${imposer}>${target}`;

    if (now && now.percent !== was?.percent) {
      const sources = holding(now.percent);
      if (sources.length === 0) return { changes: [], restated: [] };
      const after = { percent: now.percent, since: now.since };
      return {
        changes: [
          {
            key: `rate:${direction}:${now.percent}:${now.since}`,
            fact: rate({
              status: 'in force',
              ...(was ? { before: { percent: was.percent, since: was.since } } : {}),
              after,
            }),
            sources: sources.map(sourceOf),
          },
        ],
        restated: [],
      };
    }
    if (!now && was) {
      const struck = ended('struck down');
      const paused = ended('paused');
      const status = struck.length > 0 ? 'struck down' : paused.length > 0 ? 'paused' : 'no longer in force';
      const sources = struck.length > 0 ? struck : paused.length > 0 ? paused : ended('replaced');
      if (sources.length === 0) return { changes: [], restated: [] };
      return {
        changes: [
          {
            key: `rate:${direction}:${status}:${was.percent}`,
            fact: rate({ status, before: { percent: was.percent, since: was.since } }),
            sources: sources.map(sourceOf),
          },
        ],
        restated: [],
      };
    }
    const restated: Change[] = [];
    if (now) {
      const sources = holding(now.percent);
      const after = { percent: now.percent, since: now.since };
      if (sources.length > 0)
        restated.push({
          key: `rate:${direction}:${now.percent}:${now.since}`,
          fact: rate({ status: 'in force', after }),
          sources: sources.map(sourceOf),
        });
      // Paused while other articles still state it in force: the pause is the news, once.
      const pause = ended('paused').filter((s) => s.percent === now.percent);
      const key = `rate:${direction}:paused:${now.percent}`;
      if (pause.length > 0) {
        const pausedBefore = before.pending !== undefined && trackerStatus(before.pending) === 'paused';
        const change = { key, fact: rate({ status: 'paused', before: after }), sources: pause.map(sourceOf) };
        return pausedBefore ? { changes: [], restated: [...restated, change] } : { changes: [change], restated };
      }
      return { changes: [], restated };
    }
    for (const status of ['struck down', 'paused'] as const) {
      const said = ended(status);
      if (said.length > 0)
        restated.push({
          key: `rate:${direction}:${status}:${said[0]!.percent}`,
          fact: rate({ status }),
          sources: said.map(sourceOf),
        });
    }
    return { changes: [], restated };
  }

  /** The new articles' deadline mentions, by deadline id. */
  private freshMentions(): Map<string, DeadlineMention[]> {
    if (!this.mentions) {
      this.mentions = new Map();
      for (const id of this.fresh) {
        const article = this.kb.articleById.get(id);
        for (const m of article ? extractMentions(article) : [])
          this.mentions.set(m.key, [...(this.mentions.get(m.key) ?? []), m]);
      }
    }
    return this.mentions;
  }

  private deadlineChanges(country: string): { changes: Change[]; restated: Change[] } {
    const party = partyIdOf(country);
    const changes: Change[] = [];
    const restated: Change[] = [];
    if (!party) return { changes, restated };
    for (const d of this.kb.deadlines) {
      // A date already past is history, not news: a rate that took effect is told as the rate's change.
      if (!`-${d.id}-`.includes(`-${party}-`) || d.date < this.asOf) continue;
      const fact = {
        kind: 'deadline',
        deadlineId: d.id,
        title: d.title,
        deadlineKind: d.kind,
        date: d.date,
        approximate: d.approximate,
      } as const;
      const key = `deadline:${d.id}:${d.date}`;
      if (d.article && d.sentence && this.fresh.has(d.article.id)) {
        // A new article gave the current date first: the deadline moved from its last earlier date, or is new.
        const was = d.history.filter((h) => !h.article || !this.fresh.has(h.article.id)).at(-1)?.date;
        const sources = [{ articleId: d.article.id, paragraph: d.article.paragraph, sentence: d.sentence }];
        changes.push({ key, fact: { ...fact, ...(was ? { was } : {}) }, sources });
        continue;
      }
      const again = (this.freshMentions().get(d.id) ?? []).filter((m) => m.date === d.date);
      if (again.length > 0)
        restated.push({
          key,
          fact,
          sources: again.map((m) => ({
            articleId: m.article.id,
            paragraph: m.article.paragraph,
            sentence: m.sentence,
          })),
        });
    }
    return { changes, restated };
  }
}
