/** The content's history (data/changelog.json): what changed, when, and why. Pure. */
import { m } from '../../paraglide/messages.js';
import type { Change } from './schema.ts';

export const CHANGE_LABELS: Record<Change['type'], string> = {
  added: m.change_added(),
  'study-added': m.change_study_added(),
  'finding-added': m.change_finding_added(),
  'finding-corrected': m.change_finding_corrected(),
  'study-corrected': m.change_study_corrected(),
  'phase-corrected': m.change_phase_corrected(),
  'status-changed': m.change_status_changed(),
  'regulatory-update': m.change_regulatory(),
  revised: m.change_revised(),
  'dispute-added': m.change_dispute(),
  checked: m.change_checked(),
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
