import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { articleRef, type ArticleRef } from '../src/corpus/article.ts';
import { defineCommand } from '../src/dispatch/command.ts';
import type { CommandContext } from '../src/dispatch/context.ts';
import { hideOption } from '../src/dispatch/hide-option.ts';
import { closestCountries, countryMatches } from '../src/geo/closest.ts';
import { countryNamed, findCountry, HOME_COUNTRY, nameInText } from '../src/geo/countries.ts';
import { citationLine } from '../src/render/citation.ts';
import { cutText } from '../src/render/limits.ts';
import { errorReply, type Reply, type ReplyEmbed, type ReplyField } from '../src/render/reply.ts';
import { daysSince, discordTimestamp, relativeDays } from '../src/render/timestamps.ts';
import { pairRates, pairStatements, partnersWithRates, type DirectionRates } from '../src/rates/current.ts';
import type { RateStatement } from '../src/rates/rate-statement.ts';
import { inForceWording, trackerStatus, type RateInForce } from '../src/rates/timeline.ts';
import { echo } from '../src/render/echo.ts';

/** A source older than this many days gets a warning: tariffs change faster than that. */
export const STALE_AFTER_DAYS = 30;
const SUGGESTIONS = 5;
/** Room for each part of a direction's embed, so two embeds stay within Discord's 6,000 characters. */
const ROOM = { sentence: 700, history: 1024, coverage: 500, pending: 300 } as const;

export const tariffDefinition = {
  name: 'tariff',
  description: 'The tariff rates between the US and a country, as the news articles state them, with their history',
  options: [
    {
      name: 'country',
      description: 'The trading partner, e.g. China, EU, Canada',
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
      max_length: 100,
    },
    hideOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** "over 100%", "25%". */
function rateText(s: RateStatement): string {
  return `${s.qualifier ? `${s.qualifier} ` : ''}${s.percent}%`;
}

/** "on Chinese goods", "on goods from Laos". */
function goodsOf(country: string): string {
  const demonym = countryNamed(country)?.demonyms[0];
  return demonym ? `on ${demonym} goods` : `on goods from ${country}`;
}

/** A statement's status in trackers' words: "scheduled for <date>", "in force", "conditional". */
function statusWords(s: RateStatement): string {
  const status = trackerStatus(s) ?? 'conditional';
  return status === 'scheduled' && s.effective ? `scheduled for ${discordTimestamp(s.effective, 'D')}` : status;
}

/** "in force · combined rate · IEEPA · not covered by the USMCA". */
function qualities(s: RateStatement, status = statusWords(s)): string {
  const part = s.part === 'total' ? 'combined rate' : s.part === 'component' ? 'on top of other duties' : undefined;
  return [status, part, s.basis, s.scope].filter(Boolean).join(' · ');
}

function articleOf(ctx: CommandContext, s: RateStatement): ArticleRef {
  const article = ctx.kb.articleById.get(s.articleId);
  if (!article) throw new Error(`rate statement of unknown article ${s.articleId}`);
  return articleRef(article);
}

/** One cited line of a list: "• **145%** · replaced — Financial Times, <date>, paragraph 2". */
function statementLine(ctx: CommandContext, s: RateStatement, status?: string): string {
  const products = s.products ? ` on ${s.products.join(', ')}` : '';
  return `• **${rateText(s)}**${products} · ${qualities(s, status)} — ${citationLine(articleOf(ctx, s), s.paragraph)}`;
}

/** How a rate in force is worded: "in force since <date>", "…, as scheduled; no later article confirms". */
const inForceText = (rate: RateInForce) =>
  `${inForceWording(rate, (day) => discordTimestamp(day, 'D'))}${rate.worldwide ? ' · the rate on all countries' : ''}`;

/** The lines of `statements` joined within `room` characters; what does not fit is counted instead of shown (and never rendered). */
function fitLines(
  ctx: CommandContext,
  statements: readonly RateStatement[],
  room: number,
  status?: (s: RateStatement, i: number) => string,
): string {
  const shown: string[] = [];
  for (const [i, s] of statements.entries()) {
    const line = statementLine(ctx, s, status?.(s, i));
    const more = `… and ${statements.length - i} more`;
    if ([...shown, line].join('\n').length + (i < statements.length - 1 ? more.length + 1 : 0) > room)
      return [...shown, more].join('\n');
    shown.push(line);
  }
  return shown.join('\n');
}

function directionEmbed(ctx: CommandContext, rates: DirectionRates): ReplyEmbed {
  const { imposer, target, inForce, headline, coverage, pending, history } = rates;
  const title = `${imposer} → ${target}`;
  const fields: ReplyField[] = [];
  if (coverage.length > 0)
    fields.push({
      name: 'Limited to products',
      value: fitLines(
        ctx,
        coverage.map((r) => r.statement),
        ROOM.coverage,
        (_s, i) => inForceText(coverage[i]!),
      ),
    });
  if (pending) fields.push({ name: 'What may change', value: fitLines(ctx, [pending], ROOM.pending) });
  if (history.length > 0)
    fields.push({
      name: `Every statement, newest first (${history.length})`,
      value: fitLines(ctx, history, ROOM.history),
    });
  if (inForce && inForce.disputed.length > 0)
    fields.push({
      name: 'Sources of the same date disagree',
      value: fitLines(ctx, inForce.disputed, ROOM.pending),
    });
  if (!headline || !inForce) {
    const none = `No article in the corpus states a current rate that ${nameInText(imposer)} charges ${goodsOf(target)}.`;
    return { title, description: history.length > 0 ? `${none} What the articles do say is below.` : none, fields };
  }
  const article = articleOf(ctx, headline);
  const age = relativeDays(daysSince(headline.published, ctx.now()));
  const description = [
    `**${rateText(headline)}** ${goodsOf(target)} · ${qualities(headline, inForceText(inForce))} · source of ${discordTimestamp(headline.published, 'D')} (${age})`,
    `> ${cutText(headline.sentence, ROOM.sentence)}`,
    `— ${citationLine(article, headline.paragraph)}`,
  ].join('\n');
  return {
    title,
    ...(article.url ? { url: article.url } : {}),
    description,
    fields,
    citation: { ...article, paragraph: headline.paragraph },
  };
}

/** The console JSON of one statement (the scripting contract). */
function statementData(ctx: CommandContext, s: RateStatement) {
  const { imposer, target, percent, qualifier, status, part, products, scope, published, sentence, paragraph } = s;
  return {
    imposer,
    target,
    percent,
    ...(qualifier ? { qualifier } : {}),
    status,
    ...(part ? { part } : {}),
    ...(products ? { products } : {}),
    ...(scope ? { scope } : {}),
    asOf: published,
    sentence,
    paragraph,
    article: articleOf(ctx, s),
  };
}

/** The countries with rates, closest to what was typed first. */
function suggestions(ctx: CommandContext, typed: string): string[] {
  return closestCountries(
    typed,
    partnersWithRates(ctx.kb.rates).map((p) => p.country),
    SUGGESTIONS,
  );
}

function notFound(ctx: CommandContext, message: string, typed: string): Reply {
  const names = suggestions(ctx, typed);
  const hint =
    names.length > 0
      ? ` Countries with rates in the corpus${typed ? ', closest first' : ''}: ${names.join(', ')}.`
      : ' The corpus states no tariff rates yet.';
  return errorReply(`${message}${hint}`, { country: typed, suggestions: names });
}

function tariffReply(ctx: CommandContext, typed: string): Reply {
  const country = findCountry(typed)?.name;
  if (!country) return notFound(ctx, `No country is called “${echo(typed)}”.`, typed);
  if (country === HOME_COUNTRY)
    return notFound(
      ctx,
      `\`/tariff\` shows what ${nameInText(HOME_COUNTRY)} and one partner charge each other: name the partner.`,
      '',
    );
  const statements = pairStatements(ctx.kb.rates, country);
  if (statements.length === 0)
    return notFound(
      ctx,
      `No article in the corpus states a tariff rate between ${nameInText(HOME_COUNTRY)} and ${nameInText(country)}.`,
      '',
    );
  const directions = pairRates(ctx.kb.rates, country, ctx.now().toISOString().slice(0, 10));
  const newest = statements[0]?.published ?? '';
  const days = daysSince(newest, ctx.now());
  const content = [
    `**Tariffs between ${nameInText(HOME_COUNTRY)} and ${nameInText(country)}** · newest source: ${discordTimestamp(newest, 'D')} (${relativeDays(days)})`,
    ...(days > STALE_AFTER_DAYS
      ? [`⚠️ The newest source is ${days} days old: these rates may have changed since.`]
      : []),
  ].join('\n');
  return {
    ok: true,
    content,
    embeds: directions.map((d) => directionEmbed(ctx, d)),
    data: {
      country,
      current: directions.flatMap((d) => (d.headline ? [statementData(ctx, d.headline)] : [])),
      rates: statements.map((s) => statementData(ctx, s)),
    },
  };
}

export const tariffCommand = defineCommand({
  definition: tariffDefinition,
  examples: ['/tariff china', '/tariff country:"European Union"'],
  handle({ country }, ctx) {
    return tariffReply(ctx, country);
  },
  autocomplete(focused, ctx) {
    return partnersWithRates(ctx.kb.rates)
      .filter((p) => countryMatches(focused.value, p.country))
      .map((p) => ({
        name: `${p.country} (${p.statements} statement${p.statements === 1 ? '' : 's'})`,
        value: p.country,
      }));
  },
});
