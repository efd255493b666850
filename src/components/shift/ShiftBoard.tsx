/**
 * The picked call on the process board. The simulator loads when a call is picked (or when the pointer
 * or focus reaches a call's button); until it has, the space it will take is held so nothing jumps.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Attempt, Scenario } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { loadBoard, loadedBoard } from './load-board.ts';

interface Props {
  scenario: Scenario;
  /** The call is fulfilled: what the learner played. */
  finish: (attempt: Attempt) => void;
  back: () => void;
}

export default function ShiftBoard({ scenario, finish, back }: Props) {
  const t = useT();
  const [board, setBoard] = useState(loadedBoard);
  const [failed, setFailed] = useState('');
  useEffect(() => {
    if (!board)
      loadBoard().then(setBoard, (e: unknown) =>
        setFailed(t('shift.loadFailed', { error: e instanceof Error ? e.message : String(e) })),
      );
  }, []);
  return (
    <>
      <h2>{scenario.title}</h2>
      {board ? (
        <board.Simulator scenario={scenario} initialMode="assessment" fixedMode onFinish={finish} />
      ) : (
        <div class="shift-board-loading" role="status" aria-live="polite">
          <p class={failed ? 'question-feedback is-wrong' : undefined}>{failed || t('shift.loading')}</p>
        </div>
      )}
      <p>
        <button type="button" class="usm-button secondary" onClick={back}>
          {t('shift.back')}
        </button>
      </p>
    </>
  );
}
