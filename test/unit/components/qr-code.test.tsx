// @vitest-environment happy-dom
/** Issue 12, reproduction 4: a QR code only for links it can hold; otherwise a note, never a throw. */
import { render as renderBare } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nProvider } from '../../../src/i18n/context.tsx';
import { dictionary } from '../../../src/i18n/dictionaries.ts';
import { describe, expect, it } from 'vitest';
import QrCode, { MAX_QR_LENGTH } from '../../../src/components/coach/QrCode.tsx';
import { wrapLabel } from '../../../src/components/maturity/RadarChart.tsx';

/** Components read their strings from the island's provider: render them inside the English one. */
const render = (ui: ComponentChildren) =>
  renderBare(
    <I18nProvider lang="en" strings={dictionary('en')}>
      {ui}
    </I18nProvider>,
  );

describe('the QR code guard', () => {
  it('draws a QR code for a join link of a normal workshop', () => {
    const { container } = render(
      <QrCode url={`https://example.org/coach/join/?code=W1.${'A'.repeat(200)}.0badc0de`} />,
    );
    expect(container.querySelector('[role="img"] svg')).not.toBeNull();
  });

  it('shows a note instead of throwing for a link too long for a QR code', () => {
    for (const length of [MAX_QR_LENGTH + 1, 5000, 100_000]) {
      const { container, unmount } = render(<QrCode url={'https://example.org/?code=' + 'x'.repeat(length)} />);
      expect(container.querySelector('svg')).toBeNull();
      expect(container.textContent).toMatch(/too long for a QR code/);
      unmount();
    }
  });
});

describe('radar labels', () => {
  it('wrap to short lines so that they fit beside the chart', () => {
    expect(wrapLabel('Value and measurement')).toEqual(['Value and', 'measurement']);
    expect(wrapLabel('Technology and tooling')).toEqual(['Technology and', 'tooling']);
    for (const line of wrapLabel('The customer relationship')) expect(line.length).toBeLessThanOrEqual(14);
  });
});
