/** Short spoken and written summaries of the evidence behind a step. Pure. */
import type { Core } from './split.ts';
import { SPECIES_GROUPS } from './vocabulary.ts';

/** "9 findings, mostly in rodents" — where the evidence comes from, in words. */
export function evidenceSummary(findings: Core<'findings'>[]): string {
  const count = `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  if (findings.length === 0) return 'no findings';
  const tally = SPECIES_GROUPS.map((g) => ({
    name: g.name,
    n: findings.filter((f) => f.species.some((s) => g.species.includes(s))).length,
  })).sort((a, b) => b.n - a.n);
  const top = tally[0]!;
  if (top.n === findings.length) return `${count}, all in ${top.name}`;
  if (top.n > findings.length / 2) return `${count}, mostly in ${top.name}`;
  return `${count}, in ${tally
    .filter((t) => t.n > 0)
    .map((t) => t.name)
    .join(', ')}`;
}
