import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { articleRef, type ArticleRef } from '../src/corpus/article.ts';
import type { ChartData, ChartSource } from '../src/chart/chart-data.ts';
import { pairChart } from '../src/chart/from-rates.ts';
import { buttonId, defineCommand } from '../src/dispatch/command.ts';
import type { CommandContext } from '../src/dispatch/context.ts';
import { hideOption } from '../src/dispatch/hide-option.ts';
import { closestCountries, countryMatches } from '../src/geo/closest.ts';
import { countryNamed, findCountry, HOME_COUNTRY, nameInText } from '../src/geo/countries.ts';
import { citationLine } from '../src/render/citation.ts';
import { cutText } from '../src/render/limits.ts';
import { errorReply, type Reply, type ReplyButton, type ReplyEmbed, type ReplyField } from '../src/render/reply.ts';
import { daysSince, discordTimestamp, relativeDays } from '../src/render/timestamps.ts';
import { pairRates, pairStatements, partnersWithRates, type DirectionRates } from '../src/rates/current.ts';
import { levelText, type RateStatement } from '../src/rates/rate-statement.ts';
import { inForceWording, trackerStatus, type RateInForce } from '../src/rates/timeline.ts';
import { echo } from '../src/render/echo.ts';

/** A source older than this many days gets a warning: tariffs change faster than that. */
export const STALE_AFTER_DAYS = 30;
const SUGGESTIONS = 5;
/** Signs the chart's footer. */
const BOT_NAME = 'Trade desk';
/** The two views of an answer, as its button carries them: the cited text, or the text under a chart. */
type View = 'text' | 'chart';
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
    {
      name: 'chart',
      description: 'Also show the rate each way over time as a step chart (a picture)',
      type: ApplicationCommandOptionType.Boolean,
    },
    hideOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

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
  return `• **${levelText(s)}**${products} · ${qualities(s, status)} — ${citationLine(articleOf(ctx, s), s.paragraph)}`;
}

/** How a rate in force is worded: "in force since <date>", "…, as scheduled; no later article confirms". */
const inForceText = (rate: RateInForce) => inForceWording(rate, (day) => discordTimestamp(day, 'D'));

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

/** One direction; under a chart without its list of every statement, which the chart's own cited steps replace. */
function directionEmbed(ctx: CommandContext, rates: DirectionRates, view: View): ReplyEmbed {
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
  if (history.length > 0 && view === 'text')
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
    `**${levelText(headline)}** ${goodsOf(target)} · ${qualities(headline, inForceText(inForce))} · source of ${discordTimestamp(headline.published, 'D')} (${age})`,
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

/** "tariff-european-union.png": a name Discord's `attachment://` takes. */
function chartFileName(country: string): string {
  return `tariff-${country
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.png`;
}

/** " — Fixture Wire, <date>, paragraph 2". */
function sourceCitation(ctx: CommandContext, source: ChartSource): string {
  const article = ctx.kb.articleById.get(source.articleId);
  return article ? ` — ${citationLine(articleRef(article), source.paragraph)}` : '';
}

/** The cited steps of one line of the chart: every number it draws, with the passage that states it. */
function chartField(ctx: CommandContext, line: ChartData['lines'][number]): ReplyField {
  const percent = (p: Parameters<typeof levelText>[0]) => `**${levelText(p)}**`;
  const steps = line.steps.map(
    (s) =>
      `• ${percent(s)} from ${discordTimestamp(s.date, 'D')}${s.until ? ` until ${discordTimestamp(s.until, 'D')}` : ''}${sourceCitation(ctx, s.source)}`,
  );
  const ahead = line.ahead
    ? [
        `• ${percent(line.ahead)} ${line.ahead.status}${line.ahead.effective ? ` for ${discordTimestamp(line.ahead.date, 'D')}` : ''}, not in force${sourceCitation(ctx, line.ahead.source)}`,
      ]
    : [];
  const lines = [...steps, ...ahead];
  return {
    name: `${line.imposer} → ${line.target}`,
    value: lines.length > 0 ? cutText(lines.join('\n'), 1024) : 'No statement.',
  };
}

/** The chart's renderer (resvg, d3) is loaded with the first chart asked for, not at every start-up. */
const chartRenderer = async () => {
  const [{ chartPng }, { chartAltText }] = await Promise.all([
    import('../src/chart/png.ts'),
    import('../src/chart/alt-text.ts'),
  ]);
  return { chartPng, chartAltText };
};

/** The chart of a pair: the PNG, and the embed that shows it with its numbers cited. */
async function chartPart(
  ctx: CommandContext,
  country: string,
): Promise<Required<Pick<Reply, 'files' | 'embeds'>> & { data: unknown }> {
  const { chartPng, chartAltText } = await chartRenderer();
  const newestFirst = ctx.kb.articles;
  const period = { start: newestFirst.at(-1)?.published ?? '', end: newestFirst[0]?.published ?? '' };
  const data = pairChart(ctx.kb.rates, country, period, BOT_NAME);
  const image = chartPng(data);
  const name = chartFileName(country);
  return {
    files: [
      {
        name,
        contentType: 'image/png',
        data: image.png,
        description: chartAltText(data),
        width: image.width,
        height: image.height,
      },
    ],
    embeds: [
      {
        title: `${data.title}, over time`,
        image: name,
        fields: data.lines.map((l) => chartField(ctx, l)),
        footer: `From ${data.articles} article${data.articles === 1 ? '' : 's'} · ${BOT_NAME}`,
      },
    ],
    data: { file: name, lines: data.lines, events: data.events },
  };
}

const viewButton = (country: string, view: View): ReplyButton =>
  view === 'text'
    ? { customId: buttonId('tariff', 'chart', country), label: '📈 Chart' }
    : { customId: buttonId('tariff', 'text', country), label: '📋 Hide chart' };

async function tariffReply(ctx: CommandContext, typed: string, view: View): Promise<Reply> {
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
  const chart = view === 'chart' ? await chartPart(ctx, country) : undefined;
  return {
    ok: true,
    content,
    embeds: [...(chart?.embeds ?? []), ...directions.map((d) => directionEmbed(ctx, d, view))],
    ...(chart ? { files: chart.files } : {}),
    buttons: [viewButton(country, view)],
    data: {
      country,
      current: directions.flatMap((d) => (d.headline ? [statementData(ctx, d.headline)] : [])),
      // Every statement of the pair, for the console's JSON: made when read. A large partner has
      // thousands, which dominated the command's time, and Discord never reads a reply's data.
      get rates() {
        return statements.map((s) => statementData(ctx, s));
      },
      ...(chart ? { chart: chart.data } : {}),
    },
  };
}

export const tariffCommand = defineCommand({
  definition: tariffDefinition,
  examples: ['/tariff china', '/tariff country:"European Union"', '/tariff country:china chart:true'],
  handle({ country, chart }, ctx) {
    return tariffReply(ctx, country, chart ? 'chart' : 'text');
  },
  /** `tariff:chart:<country>` shows the chart, `tariff:text:<country>` takes it away. */
  button([view, country], ctx) {
    if ((view !== 'chart' && view !== 'text') || !country)
      return errorReply('This button no longer does anything. Run the command again.');
    return tariffReply(ctx, country, view);
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
