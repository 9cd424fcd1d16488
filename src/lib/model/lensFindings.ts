/**
 * A selected step's or arrow's findings under the species lens, for the detail panel: the
 * findings the lens keeps (the same set the table and the chart draw) and how many it hides,
 * so the panel never lists evidence the other views have set aside, nor hides it silently.
 * Pure; kept out of lens.ts, which the first view loads, because only the panel needs it.
 */
export function findingsUnderLens<T extends { id: string }>(
  findings: readonly T[],
  lens: { findings: ReadonlySet<string> } | null,
): { shown: T[]; hidden: number } {
  if (!lens) return { shown: [...findings], hidden: 0 };
  const shown = findings.filter((f) => lens.findings.has(f.id));
  return { shown, hidden: findings.length - shown.length };
}

/** "3 findings in animals or cells are hidden by the human-evidence lens". */
export function hiddenByLensText(hidden: number): string {
  return hidden === 1
    ? '1 finding in animals or cells is hidden by the human-evidence lens'
    : `${hidden} findings in animals or cells are hidden by the human-evidence lens`;
}
