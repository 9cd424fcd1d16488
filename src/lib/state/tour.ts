/** The presenter tour: which step a key moves to, and what selection a step sets. Pure. */
import { highlightsFor } from '../model/highlights.ts';
import type { Core, CoreDataset } from '../model/split.ts';
import type { Focus } from '../model/focus.ts';

/** The keys a presentation clicker sends, and the step each leads to (1-based). */
export function stepForKey(key: string, step: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return Math.min(step + 1, count);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(step - 1, 1);
    case 'Home':
      return 1;
    case 'End':
      return count;
    default:
      return null;
  }
}

export function selectionForStep(step: Core<'tour'>): {
  compound: string | null;
  focus: Focus;
  t: number | null;
} {
  const [kind, id] = step.focus?.split(':') ?? [];
  return {
    compound: step.compound ?? null,
    focus: kind && id ? { kind: kind as NonNullable<Focus>['kind'], id } : null,
    t: step.t ?? null,
  };
}

/** What a key does during the tour, judged from the key and what it was pressed on. */
export type TourAction = { go: number } | 'fullscreen' | 'leave' | null;

export function tourActionForKey(
  key: string,
  target: { editable: boolean; button: boolean },
  step: number,
  count: number,
): TourAction {
  // Typing in a field, or a space that presses a button, belongs to that control.
  if (target.editable) return null;
  if (key === ' ' && target.button) return null;
  if (key === 'f' || key === 'F') return 'fullscreen';
  if (key === 'Escape') return 'leave';
  const next = stepForKey(key, step, count);
  return next === null ? null : { go: next };
}

/** The diagram items a step's stage must show: its frame, or else what its focus lights up. */
export function stageFrame(data: CoreDataset, step: Core<'tour'>): string[] {
  if (step.frame) return step.frame;
  const highlights = highlightsFor(data, selectionForStep(step).focus);
  return highlights ? [...highlights.nodes] : [];
}
