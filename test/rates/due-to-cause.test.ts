import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * `/tariff peru` on a rate told with its cause after "due to" or "because": the cause is why it is
 * charged, neither a plan nor the goods it covers. Sentences written for these tests.
 */
describe('/tariff on a rate whose cause follows it', () => {
  it('reads "imposed 30% … due to what officials called a failure to stop the flow of illegal drugs" as in force on all goods', async () => {
    const { line } = await tariffPeru([
      'The talks began a week after the United States imposed 30% tariffs on all imports from Peru due to what officials called a failure to stop the flow of illegal drugs.',
    ]);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods · in force since/);
  });

  it('reads "claiming … because drugs are pouring in" as a cause, not goods the rate is limited to', async () => {
    const { line } = await tariffPeru([
      'The United States imposed a 30% tariff on Peruvian goods last month, claiming it had to act because drugs are still pouring across the border.',
    ]);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods · in force since/);
  });

  it('still reads "due to take effect" as a rate to come', async () => {
    const { line } = await tariffPeru(['A 30% tariff on Peruvian goods is due to take effect on October 1.']);
    expect(line).not.toMatch(/in force/);
  });
});
