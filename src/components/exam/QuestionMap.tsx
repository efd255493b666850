/** The question map: every question's state (answered, flagged, unanswered); select one to go to it. */
import { useT } from '../../i18n/context.tsx';

interface Props {
  ids: string[];
  answers: Record<string, number>;
  flags: string[];
  current: number;
  go: (index: number) => void;
}

export default function QuestionMap({ ids, answers, flags, current, go }: Props) {
  const t = useT();
  return (
    <nav class="exam-map" aria-labelledby="exam-map-title">
      <h2 id="exam-map-title">{t('exam.map')}</h2>
      <ol>
        {ids.map((id, i) => {
          const status = [
            id in answers ? t('exam.map.answered') : t('exam.map.unanswered'),
            ...(flags.includes(id) ? [t('exam.map.flagged')] : []),
          ].join(', ');
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => go(i)}
                aria-current={i === current ? 'step' : undefined}
                aria-label={t('exam.map.item', { n: i + 1, status })}
                class={`exam-map-item ${id in answers ? 'is-answered' : ''} ${flags.includes(id) ? 'is-flagged' : ''}`}
              >
                {i + 1}
                {flags.includes(id) ? '⚑' : ''}
              </button>
            </li>
          );
        })}
      </ol>
      <p class="exam-map-legend">
        ■ {t('exam.map.answered')} · □ {t('exam.map.unanswered')} · ⚑ {t('exam.map.flagged')}
      </p>
    </nav>
  );
}
