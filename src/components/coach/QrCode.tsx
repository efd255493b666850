/** A QR code for a link, only when the link fits one; otherwise a note (the link itself is shown beside it). */
import { renderSVG } from 'uqr';
import { useT } from '../../i18n/context.tsx';

/** Links longer than this are not drawn: a QR code holds about 2,900 bytes, and a dense one will not scan. */
export const MAX_QR_LENGTH = 1200;

function svgFor(url: string): string | null {
  if (url.length > MAX_QR_LENGTH) return null;
  try {
    return renderSVG(url);
  } catch {
    return null;
  }
}

export default function QrCode({ url }: { url: string }) {
  const t = useT();
  const svg = svgFor(url);
  if (!svg)
    return (
      <p class="coach-qr-note" data-testid="qr-too-long">
        {t('coach.qr.tooLong')}
      </p>
    );
  return <div role="img" aria-label={t('coach.qr')} class="coach-qr" dangerouslySetInnerHTML={{ __html: svg }} />;
}
