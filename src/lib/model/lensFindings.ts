/**
 * What the detail panel says, under the human-evidence lens, about the findings it leaves out
 * of a step's or arrow's list (the ones the table and the chart hide too). Pure; kept out of
 * lens.ts, which the first view loads, because only the panel says it.
 */
export function hiddenByLensText(hidden: number): string {
  return hidden === 1
    ? '1 finding in animals or cells is hidden by the human-evidence lens'
    : `${hidden} findings in animals or cells are hidden by the human-evidence lens`;
}
