import { describe, expect, it } from 'vitest';
import { formatOffset, parseOffsets } from '../../src/reminders/offsets.ts';

describe('reminder offsets', () => {
  it('reads a list, longest first, without duplicates', () => {
    expect(parseOffsets('1h, 7d,1d 1h')).toEqual({ ok: true, seconds: [604_800, 86_400, 3600] });
    expect(parseOffsets('2w,30m,1m')).toEqual({ ok: true, seconds: [1_209_600, 1800, 60] });
  });

  it('refuses what it cannot read, and more than a year', () => {
    expect(parseOffsets('tomorrow')).toMatchObject({ ok: false, error: expect.stringContaining('“tomorrow”') });
    expect(parseOffsets('1d,-1h')).toMatchObject({ ok: false });
    expect(parseOffsets('400d')).toMatchObject({ ok: false });
    expect(parseOffsets(' , ')).toMatchObject({ ok: false });
    expect(parseOffsets('1d,0h')).toMatchObject({
      ok: false,
      error: expect.stringContaining('“0h” would fall due at the deadline itself'),
    });
    expect(parseOffsets('1m,2m,3m,4m,5m,6m,7m,8m,9m,10m,11m')).toMatchObject({
      ok: false,
      error: 'At most 10 times per reminder.',
    });
  });

  it('writes an offset in its largest whole unit', () => {
    expect([1_209_600, 86_400, 90_000, 3600, 1800, 0].map(formatOffset)).toEqual([
      '14d',
      '1d',
      '25h',
      '1h',
      '30m',
      '0m',
    ]);
  });
});
