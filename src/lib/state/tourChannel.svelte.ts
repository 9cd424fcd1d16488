/**
 * Keeps the presenter's windows on one step: the projected page and its speaker view (a
 * second window of the same origin) tell each other every step change over a
 * BroadcastChannel, and a window that opens asks the others where the tour is.
 */
import type { ExplorerSelection } from './selection.svelte.ts';

const CHANNEL = 'plasticity-window:tour';

type TourMessage = { type: 'step'; step: number | null } | { type: 'where' };

/** A step another window may set: a tour step number, or null for "not touring". */
function validStep(value: unknown, count: number): value is number | null {
  return (
    value === null ||
    (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= count)
  );
}

export function linkTourWindows(selection: ExplorerSelection, count: number): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(CHANNEL);
  } catch {
    return () => {}; // an opaque-origin frame may refuse
  }
  const send = (message: TourMessage) => {
    try {
      channel.postMessage(message);
    } catch {
      /* closed */
    }
  };
  // The step last heard from another window: not sent back, so the windows never echo.
  let heard: number | null | undefined;
  channel.onmessage = (event: MessageEvent<TourMessage>) => {
    const message = event.data;
    if (message?.type === 'where') {
      if (selection.step !== null) send({ type: 'step', step: selection.step });
    } else if (message?.type === 'step' && validStep(message.step, count)) {
      // Only a presenter's windows follow: another tab someone is reading is left alone.
      const presenting = selection.step !== null || selection.present === 'notes';
      if (!presenting || message.step === selection.step) return;
      heard = message.step;
      selection.goToStep(message.step);
    }
  };
  // Changes are told; the step a window opens on is not (it asks instead, below).
  let opened = false;
  const stop = $effect.root(() => {
    $effect(() => {
      const step = selection.step;
      if (!opened || step === heard) {
        opened = true;
        return;
      }
      heard = undefined;
      send({ type: 'step', step });
    });
  });
  send({ type: 'where' });
  return () => {
    stop();
    channel.close();
  };
}
