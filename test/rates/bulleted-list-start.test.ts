/**
 * A bulleted list that sets out a measure gives its start once, in a line that states no rate or in
 * the prose before the list, and then lists the rates with no time of their own: they start on that
 * day. Articles written for these tests, of 1 September 2026.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

const OCT_14 = `<t:${Date.UTC(2026, 9, 14) / 1000}:D>`;

describe('/tariff: the rates a bulleted list gives under a start ahead', () => {
  it('shows a rate of a bullet line as scheduled for the start another line gives', async () => {
    const { text } = await tariffPeru([
      'Key points',
      '• The White House has signed an order imposing new tariffs on Peruvian goods starting October 14, 2026.',
      '• A 20% tariff applies to Peruvian goods.',
    ]);
    expect(text).toContain(`**20%** · scheduled for ${OCT_14}`);
  });

  it('reads the start from the prose before the list, past its lead-in and a heading', async () => {
    const { text } = await tariffPeru([
      'The new tariffs on Peruvian goods will take effect on October 14, 2026.',
      'Duty rates',
      'The order sets the following rates:',
      '-',
      '20% tariff on Peruvian goods.',
    ]);
    expect(text).toContain(`**20%** · scheduled for ${OCT_14}`);
  });

  it('leaves in force a bullet line that says so, and a list under prose that gives no start', async () => {
    const told = await tariffPeru([
      '• New tariffs on Peruvian copper start on October 14, 2026.',
      '• Peru currently pays a 10% tariff on its other goods.',
    ]);
    expect(told.line).toMatch(/^\*\*10%\*\*.*in force/);
    const prose = await tariffPeru([
      'The new tariffs on Peruvian copper will take effect on October 14, 2026.',
      'Trade officials met in Lima on Monday to review the wider relationship.',
      '• A 10% tariff applies to Peruvian goods.',
    ]);
    expect(prose.line).toMatch(/^\*\*10%\*\*.*in force/);
  });
});
