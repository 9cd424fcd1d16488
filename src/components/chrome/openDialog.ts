/**
 * Opens a modal dialog at its top with focus on its heading. Left to itself, the browser
 * focuses the first focusable element, which in a long dialog is far down (About's only
 * button is Close, at the bottom), so the dialog opened scrolled to its end.
 */
export function openAtTop(dialog: HTMLDialogElement, heading: HTMLElement): void {
  dialog.showModal();
  heading.focus({ preventScroll: true });
  dialog.scrollTop = 0;
}
