import { describe, expect, it } from 'vitest';
import { resolveDeadlineTime, serverDeadlineId } from '../../src/deadlines/server.ts';
import { resolveTimeZone } from '../../src/deadlines/time.ts';

const NOW = new Date('2025-05-28T15:00:00Z');
const resolve = (input: Parameters<typeof resolveDeadlineTime>[0]) => {
  const result = resolveDeadlineTime(input, NOW);
  return result.ok ? { ...result.time, at: new Date(result.time.at).toISOString() } : result.error;
};

describe('server deadline times', () => {
  it('ends a date without a time at the end of that day in New York', () => {
    expect(resolve({ date: '2025-06-15' })).toEqual({
      date: '2025-06-15',
      at: '2025-06-16T03:59:59.000Z',
      timeZone: 'America/New_York',
      hasTime: false,
    });
    expect(resolve({ date: '2025-12-15' })).toMatchObject({ at: '2025-12-16T04:59:59.000Z' });
  });

  it('takes a time and a zone, by IANA name or common abbreviation', () => {
    expect(resolve({ date: '2025-07-09', time: '12:00', timeZone: 'Europe/Brussels' })).toMatchObject({
      at: '2025-07-09T10:00:00.000Z',
      hasTime: true,
      timeZone: 'Europe/Brussels',
    });
    expect(resolve({ date: '2025-07-09', time: '2pm', timeZone: 'utc' })).toMatchObject({
      at: '2025-07-09T14:00:00.000Z',
      timeZone: 'UTC',
    });
    expect(resolve({ date: '2025-07-09', timeZone: 'PT' })).toMatchObject({
      at: '2025-07-10T06:59:59.000Z',
      timeZone: 'America/Los_Angeles',
    });
  });

  it('reads dates in words, the next such day when the year is left out', () => {
    expect(resolve({ date: 'June 15' })).toMatchObject({ date: '2025-06-15' });
    expect(resolve({ date: 'March 3' })).toMatchObject({ date: '2026-03-03' });
    expect(resolve({ date: 'tomorrow' })).toMatchObject({ date: '2025-05-29' });
  });

  it('says what is wrong with a date, a time or a zone', () => {
    expect(resolve({ date: 'soonish' })).toBe('“soonish” is not a date. Try 2025-06-15 or June 15.');
    expect(resolve({ date: '2025-02-30' })).toMatch(/is not a date/);
    expect(resolve({ date: 'June 15 or so' })).toMatch(/is not a date/);
    expect(resolve({ date: '2025-06-15', time: 'lunch' })).toMatch(/is not a time of day/);
    expect(resolve({ date: '2025-06-15', timeZone: 'Mars/Olympus' })).toMatch(/Unknown time zone “Mars\/Olympus”/);
  });

  it('names zones canonically', () => {
    expect(resolveTimeZone('europe/paris')).toBe('Europe/Paris');
    expect(resolveTimeZone('EST')).toBe('America/New_York');
    expect(resolveTimeZone('nowhere')).toBeUndefined();
  });

  it('makes stable ids from names', () => {
    expect(serverDeadlineId('G7 summit')).toBe('server-g7-summit');
    expect(serverDeadlineId('  Réunion: EU–US (talks)! ')).toBe('server-reunion-eu-us-talks');
    expect(serverDeadlineId('!!!')).toBe('server-deadline');
  });
});
