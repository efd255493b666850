/** A button that copies a code, with a polite status ("Copied.") for screen readers and everyone else. */
import { useState } from 'preact/hooks';

interface Props {
  text: string;
  label: string;
  done: string;
  failed: string;
  /** The element holding the code, selected when the clipboard cannot be used. */
  selectId?: string;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard access (an old browser or a denied permission): the code is selected instead
  }
}

export default function CopyButton({ text, label, done, failed, selectId }: Props) {
  const [status, setStatus] = useState('');
  const onClick = async () => {
    const ok = await copy(text);
    setStatus(ok ? done : failed);
    if (!ok && selectId) {
      const el = document.getElementById(selectId);
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.select();
      else if (el) getSelection()?.selectAllChildren(el);
    }
  };
  return (
    <span class="copy-button">
      <button type="button" class="usm-button secondary" onClick={onClick}>
        {label}
      </button>{' '}
      <span role="status" aria-live="polite" class="copy-status">
        {status}
      </span>
    </span>
  );
}
