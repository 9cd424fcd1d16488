/** The content's history (data/changelog.json): what changed, when, and why. Pure. */
import type { Change } from './schema.ts';

export const CHANGE_LABELS: Record<Change['type'], string> = {
  added: 'Added',
  'study-added': 'Study added',
  'finding-added': 'Finding added',
  'finding-corrected': 'Finding corrected',
  'study-corrected': 'Study corrected',
  'phase-corrected': 'Timeline phase corrected',
  'status-changed': 'Status changed',
  'regulatory-update': 'Regulatory update',
  revised: 'Wording revised',
  'dispute-added': 'Disagreement recorded',
  checked: 'Checked against the sources',
};

/** The most recent change to a record (`kind:id`); of two on one day, the later in the file. */
export function lastChange(changelog: Change[], ref: string): Change | undefined {
  let latest: Change | undefined;
  for (const change of changelog)
    if (change.ids.includes(ref) && (!latest || change.date >= latest.date)) latest = change;
  return latest;
}

/** Newest first; entries of one day keep their order in the file, latest first. */
export function historyNewestFirst(changelog: Change[]): Change[] {
  return [...changelog].reverse().sort((a, b) => b.date.localeCompare(a.date));
}
