/**
 * When each cascade step is under way after one dose, from the findings' own measured times
 * (`measured` in findings.json), never from the timeline phases' step lists. Pure. The
 * findings' compounds travel with the prose and their times in a chunk of their own
 * (split.ts), so the diagram loads this after its first paint (activeStepsReader.ts).
 */
import type { Dataset } from './schema.ts';

export interface StepSpan {
  /** Hours after one dose; equal for a single time point. */
  from: number;
  to: number;
  finding: string;
  /** The source gives how long the change lasted, not when it began. */
  startUncertain: boolean;
}

type Data = Pick<Dataset, 'findings' | 'events' | 'compounds'>;

/**
 * Per step, the spans in which a finding about the compound (or, with none chosen, about any
 * main compound) measured the step changed. A null or contrary result measured the step
 * unchanged, so it lights nothing; a mixed one changed it in part (a region, a dose), so it
 * counts. `only` keeps those findings alone (the human-evidence lens). A step absent from the
 * answer has no timed finding: its timing is unknown, not "inactive".
 */
export function stepActivity(
  data: Data,
  compound: string | null,
  only?: Set<string>,
): Map<string, StepSpan[]> {
  const main = new Set(data.compounds.filter((c) => !c.comparison).map((c) => c.id));
  const spans = new Map<string, StepSpan[]>();
  for (const f of data.findings) {
    if (f.direction === 'null' || f.direction === 'against' || (only && !only.has(f.id))) continue;
    for (const m of f.measured ?? []) {
      const of = (m.compounds ?? f.compounds).filter((c) =>
        compound ? c === compound : main.has(c),
      );
      if (of.length === 0) continue;
      // "During the acute effects": the compound's acute phase as the timeline draws it.
      const times = m.hours
        ? [m.hours]
        : data.events
            .filter((e) => e.kind === 'acute' && of.includes(e.compound))
            .map((e) => [e.startHours, e.endHours] as const);
      for (const [from, to] of times)
        for (const step of m.steps) {
          const list = spans.get(step) ?? [];
          list.push({ from, to, finding: f.id, startUncertain: m.startUncertain ?? false });
          spans.set(step, list);
        }
    }
  }
  return spans;
}

/**
 * A single time point counts within a factor of 1.5 either side on the log time axis (24 h
 * lights from 16 h to 36 h): a study that measured at one day says little about the next hour,
 * but the slider's stops are about that far apart. A span counts from its start to its end.
 */
export const POINT_TOLERANCE = 1.5;

const spanCovers = (s: Pick<StepSpan, 'from' | 'to'>, t: number): boolean =>
  s.from === s.to
    ? t >= s.from / POINT_TOLERANCE && t <= s.from * POINT_TOLERANCE
    : s.from <= t && t <= s.to;

/** The steps whose spans (from `stepActivity`) cover `t`, each with the findings that measured it then. */
function stepsCovering(activity: Map<string, StepSpan[]>, t: number): Map<string, string[]> {
  const active = new Map<string, string[]>();
  for (const [step, spans] of activity) {
    const findings = [...new Set(spans.filter((s) => spanCovers(s, t)).map((s) => s.finding))];
    if (findings.length > 0) active.set(step, findings);
  }
  return active;
}

/**
 * Cascade steps under way `t` hours after one dose, each with the findings that measured it
 * then: a step is lit only when one of its own timed findings for the compound spans `t`.
 */
export function activeStepsWithFindings(
  data: Data,
  t: number,
  compound: string | null,
  only?: Set<string>,
): Map<string, string[]> {
  return stepsCovering(stepActivity(data, compound, only), t);
}

/** Cascade steps under way at `t`, read from the findings' measured times (see above). */
export function activeStepsAt(
  data: Data,
  t: number,
  compound: string | null,
  only?: Set<string>,
): Set<string> {
  return new Set(activeStepsWithFindings(data, t, compound, only).keys());
}

/**
 * `activeStepsAt` for the time cursor: the spans depend on the compound and the lens, not on
 * the time, so they are read once per compound and lens, and each step of the cursor only
 * checks which of them cover the new time.
 */
export function activeStepsReading(data: Data) {
  let last: { compound: string | null; only?: Set<string>; activity: Map<string, StepSpan[]> };
  return (t: number, compound: string | null, only?: Set<string>): Set<string> => {
    if (last?.compound !== compound || last.only !== only)
      last = { compound, only, activity: stepActivity(data, compound, only) };
    return new Set(stepsCovering(last.activity, t).keys());
  };
}
