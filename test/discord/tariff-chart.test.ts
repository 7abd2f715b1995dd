import type { APIMessage } from 'discord-api-types/v10';
import { decode } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionExchange } from '../../src/emulator/exchanges.ts';
import type { RecordedRequest } from '../../src/emulator/recorder.ts';
import { failOnUnhandledRejections } from '../helpers/unhandled.ts';
import { deployCommandsTo, startBot, type BotUnderTest } from './harness.ts';

failOnUnhandledRejections();

/** The chart fixtures: six articles on US–China tariffs, 2025-02 to 2026-01. */
const CHART_CORPUS = 'test/fixtures/chart';
let t: BotUnderTest;

beforeAll(async () => {
  t = await startBot({ corpus: CHART_CORPUS, now: () => new Date('2026-01-20T12:00:00Z') });
  await deployCommandsTo(t.emu);
});

afterAll(() => t.stop());

/** The requests that answered `exchange` (its callback, or webhook edits after a deferral) and carried files. */
async function uploadsFor(exchange: InteractionExchange): Promise<{ request: RecordedRequest; message: APIMessage }> {
  const message = await exchange.response();
  const uploads = t.emu.requests.filter((r) => r.path.includes(exchange.payload.token) && r.files.length > 0);
  expect(uploads).toHaveLength(1);
  return { request: uploads[0]!, message };
}

/** The message body of a callback (`{ type, data }`) or of a webhook edit. */
const messageBody = (r: RecordedRequest) => (r.path.endsWith('/callback') ? r.body.data : r.body);

/** The custom ids of a message's buttons. */
const buttonIds = (message: APIMessage): string[] =>
  ((message.components ?? []) as { components?: { custom_id?: string }[] }[]).flatMap((row) =>
    (row.components ?? []).map((b) => b.custom_id ?? ''),
  );

describe('/tariff chart:true on Discord', () => {
  it('uploads the PNG as a multipart file, shows it in the embed and describes it in words', async () => {
    const { request, message } = await uploadsFor(t.emu.command('tariff', { country: 'China', chart: true }));
    const [file] = request.files;
    expect(file).toMatchObject({ field: 'files[0]', name: 'tariff-china.png', contentType: 'image/png' });
    const png = decode(file!.data);
    expect([png.width, png.height]).toEqual([2400, 1350]);
    const body = messageBody(request);
    expect(body.embeds[0].image).toEqual({ url: 'attachment://tariff-china.png' });
    expect(body.attachments).toEqual([
      expect.objectContaining({ id: '0', description: expect.stringContaining('US on Chinese goods') }),
    ]);
    expect(body.attachments[0].description).toContain('145% from 10 Apr 2025');
    // As Discord stores it: one attachment, and the embed's picture is that attachment.
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]).toMatchObject({ filename: 'tariff-china.png', width: 2400, height: 1350 });
    expect(message.embeds[0]!.image?.url).toBe(message.attachments[0]!.url);
    // Every number drawn is cited in the same message.
    expect(message.embeds[0]!.fields?.[0]?.value).toMatch(
      /\*\*145%\*\* from <t:\d+:D> — Fixture Wire, <t:\d+:D>, paragraph 1/,
    );
    expect(buttonIds(message)).toEqual(['tariff:text:China']);
  });

  it('puts a 📈 Chart button under a plain answer; pressing it adds the chart, Hide chart takes it away', async () => {
    const plain = await t.emu.command('tariff', { country: 'China' }).response();
    expect(plain.attachments).toEqual([]);
    expect(plain.components?.[0]).toMatchObject({
      components: [{ label: '📈 Chart', custom_id: 'tariff:chart:China' }],
    });

    const { request, message: charted } = await uploadsFor(t.emu.pressButton(plain, 'tariff:chart:China'));
    expect(request.files.map((f) => f.name)).toEqual(['tariff-china.png']);
    expect(charted.id).toBe(plain.id);
    expect(charted.attachments.map((a) => a.filename)).toEqual(['tariff-china.png']);
    expect(charted.embeds[0]!.image?.url).toBe(charted.attachments[0]!.url);

    const hidden = await t.emu.pressButton(charted, 'tariff:text:China').response();
    expect(hidden.id).toBe(plain.id);
    expect(hidden.attachments).toEqual([]);
    expect(hidden.embeds.some((e) => e.image)).toBe(false);
    expect(buttonIds(hidden)).toEqual(['tariff:chart:China']);
  });

  it('sends the chart as an edit after a deferral too: the upload goes with the PATCH of @original', async () => {
    const slow = await startBot({ corpus: CHART_CORPUS, now: () => new Date('2026-01-20T12:00:00Z'), deferAfterMs: 0 });
    try {
      await deployCommandsTo(slow.emu);
      const asked = slow.emu.command('tariff', { country: 'China', chart: true });
      expect((await asked.callback()).type).toBe(5);
      const message = await asked.response();
      const upload = slow.emu.requests.find((r) => r.path.includes(asked.payload.token) && r.files.length > 0)!;
      expect(upload).toMatchObject({ method: 'PATCH', params: { messageId: '@original' } });
      expect(message.attachments.map((a) => a.filename)).toEqual(['tariff-china.png']);
      expect(message.embeds[0]!.image?.url).toBe(message.attachments[0]!.url);
      // A button deferred the same way takes the chart away with an edit that empties the attachments.
      const hidden = await slow.emu.pressButton(message, 'tariff:text:China').response();
      expect(hidden.attachments).toEqual([]);
    } finally {
      await slow.stop();
    }
  });
});
