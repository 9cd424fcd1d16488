import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import Disclosure from '../../src/components/shared/Disclosure.svelte';

const summary = createRawSnippet(() => ({ render: () => '<span>All 3 findings</span>' }));
const children = createRawSnippet(() => ({ render: () => '<ul><li>A 2021</li></ul>' }));

describe('Disclosure', () => {
  it('draws its body only once it is opened, and keeps it when closed again', async () => {
    const { container } = render(Disclosure, { summary, children });
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(screen.queryByText('A 2021')).toBeNull();

    await fireEvent.click(screen.getByText('All 3 findings'));
    flushSync();
    expect(screen.getByText('A 2021')).toBeInTheDocument();

    details.open = false;
    details.dispatchEvent(new Event('toggle'));
    flushSync();
    expect(screen.getByText('A 2021')).toBeInTheDocument();
  });

  it('draws the body of one that starts open, or is opened without a press', () => {
    render(Disclosure, { summary, children, open: true });
    expect(screen.getByText('A 2021')).toBeInTheDocument();

    const { container } = render(Disclosure, { summary, children, class: 'later' });
    const details = container.querySelector<HTMLDetailsElement>('details.later')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    flushSync();
    expect(details.querySelector('li')?.textContent).toBe('A 2021');
  });
});
