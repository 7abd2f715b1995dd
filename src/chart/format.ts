/** Words and numbers as the chart and its alt text write them. */

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2025-03-04" → "4 Mar 2025". */
export function dayText(date: string): string {
  return DAY.format(new Date(`${date}T00:00:00Z`));
}

/** "over 100%", "7.5%". */
export function percentText(percent: number, qualifier?: string): string {
  return `${qualifier ? `${qualifier} ` : ''}${Number(percent.toFixed(2))}%`;
}

/** Midnight UTC of a YYYY-MM-DD date. */
export function dayOf(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
