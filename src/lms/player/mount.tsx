/** Mounts a package player: reads the packaged content, connects to the LMS, then renders the player. */
import { render, type ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { connect } from '../runtime/connect.ts';
import type { LmsSession } from '../runtime/types.ts';
import { I18nProvider } from '../../i18n/context.tsx';
import { LMS_LANG, LMS_STRINGS, tLms as t } from '../strings.ts';
import type { PackageContent } from './content.ts';

export interface PlayerProps<C> {
  content: C;
  packageId: string;
  version: string;
  session: LmsSession;
  notify: (message: string | null) => void;
}

function App<C extends PackageContent>({
  content,
  session,
  Player,
}: {
  content: C;
  session: LmsSession;
  Player: ComponentType<PlayerProps<C>>;
}) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <main class="lms-main">
      <h1>{content.title}</h1>
      <div role="status" aria-live="polite" class="lms-notice" data-testid="lms-notice">
        {message && <p>{message}</p>}
      </div>
      <Player
        content={content}
        packageId={content.packageId}
        version={content.version}
        session={session}
        notify={setMessage}
      />
    </main>
  );
}

export function mount<C extends PackageContent>(kind: C['kind'], Player: ComponentType<PlayerProps<C>>): void {
  const root = document.getElementById('app')!;
  const content = (window as unknown as { USM_LMS?: PackageContent }).USM_LMS;
  if (!content || content.kind !== kind) {
    root.textContent = t('lms.problem.noContent');
    return;
  }
  void connect(content.standard, window).then((session) => {
    root.textContent = ''; // the "Loading…" line goes; render() would otherwise keep it below the player
    render(
      <I18nProvider lang={LMS_LANG} strings={LMS_STRINGS}>
        <App content={content as C} session={session} Player={Player} />
      </I18nProvider>,
      root,
    );
  });
}
