/**
 * What the detail panel says, under the human-evidence lens, about the findings it leaves out
 * of a step's or arrow's list (the ones the table and the chart hide too). Pure; kept out of
 * lens.ts, which the first view loads, because only the panel says it.
 */
import { m } from '../../paraglide/messages.js';

export function hiddenByLensText(hidden: number): string {
  return (hidden === 1 ? m.lens_hidden_one : m.lens_hidden)({ count: hidden });
}
