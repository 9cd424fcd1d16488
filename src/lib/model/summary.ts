/** Short spoken and written summaries of the evidence behind a step. Pure. */
import type { Core } from './split.ts';
import { SPECIES_GROUPS } from './vocabulary.ts';
import { m } from '../../paraglide/messages.js';

/** "9 findings, mostly in rodents" — where the evidence comes from, in words. */
export function evidenceSummary(findings: Core<'findings'>[]): string {
  const count = (findings.length === 1 ? m.findings_one : m.findings_other)({
    count: findings.length,
  });
  if (findings.length === 0) return m.summary_none();
  const tally = SPECIES_GROUPS.map((g) => ({
    name: g.name,
    n: findings.filter((f) => f.species.some((s) => g.species.includes(s))).length,
  })).sort((a, b) => b.n - a.n);
  const top = tally[0]!;
  if (top.n === findings.length) return m.summary_all({ count, group: top.name });
  if (top.n > findings.length / 2) return m.summary_mostly({ count, group: top.name });
  return m.summary_mixed({
    count,
    groups: tally
      .filter((t) => t.n > 0)
      .map((t) => t.name)
      .join(', '),
  });
}
