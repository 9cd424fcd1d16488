/**
 * The band that names the plasticity window on the timeline: from the shortest window
 * measured to the longest, so it reads "days to weeks" because the data says so, not
 * because a number was typed into the drawing.
 */
import type { Species } from '../model/schema.ts';
import { SPECIES_NAMES } from '../model/vocabulary.ts';
import { m } from '../../paraglide/messages.js';

/** The few fields of a phase the band needs. */
interface WindowPhase {
  kind: string;
  endHours: number;
  species: Species;
}

export interface WindowExtent {
  /** The earliest a measured window closed, in hours after the dose. */
  start: number;
  /** The latest a measured window closed. */
  end: number;
  /** Where the windows were measured, in words: "in mice", or "in animals" when mixed. */
  measuredIn: string;
}

const MEASURED_IN = new Map<Species, () => string>([
  ['mouse', m.window_in_mice],
  ['rat', m.window_in_rats],
  ['human', m.window_in_humans],
]);

/**
 * How long the window stayed open across the phases given (every drug tested, so the band
 * stays put when one compound is chosen); null when none was measured.
 */
export function windowExtent(phases: readonly WindowPhase[]): WindowExtent | null {
  const windows = phases.filter((p) => p.kind === 'window');
  if (windows.length === 0) return null;
  const ends = windows.map((w) => w.endHours);
  const species = [...new Set(windows.map((w) => w.species))];
  const one = species.length === 1 ? species[0]! : null;
  return {
    start: Math.min(...ends),
    end: Math.max(...ends),
    measuredIn: one
      ? (MEASURED_IN.get(one)?.() ?? m.window_in_species({ species: SPECIES_NAMES[one] }))
      : species.includes('human')
        ? m.window_in_humans_and_animals()
        : m.window_in_animals(),
  };
}

/** The band's words, in one line or, where that does not fit, two. */
export function windowBandLines(extent: WindowExtent, oneLine: boolean): string[] {
  const what = m.window_band_what({ span: spanInWords(extent.start, extent.end) });
  const where = m.window_band_where({ where: extent.measuredIn });
  return oneLine ? [`${what} ${where}`] : [what, where];
}

/** "days to weeks", "hours to days": the units of the two ends, in words. */
export function spanInWords(start: number, end: number): string {
  const unit = (hours: number) =>
    hours < 24
      ? m.span_hours()
      : hours < 24 * 7
        ? m.span_days()
        : hours < 24 * 60
          ? m.span_weeks()
          : m.span_months();
  const [a, b] = [unit(start), unit(end)];
  return a === b ? a : m.span_to({ from: a, to: b });
}
