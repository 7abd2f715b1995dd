/** Words and numbers as the chart and its alt text write them. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar" for a date (UTC). */
export function monthText(date: Date): string {
  return MONTHS[date.getUTCMonth()]!;
}

/** "2025-03-04" → "4 Mar 2025". */
export function dayText(date: string): string {
  const day = dayOf(date);
  return `${day.getUTCDate()} ${monthText(day)} ${day.getUTCFullYear()}`;
}

/** "over 100%", "7.5%". */
export function percentText(percent: number, qualifier?: string): string {
  return `${qualifier ? `${qualifier} ` : ''}${Number(percent.toFixed(2))}%`;
}

/** Midnight UTC of a YYYY-MM-DD date. */
export function dayOf(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
