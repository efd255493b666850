/** The call set's result inside a package: the mean score, pass or not, and each call's score. */
import { useT } from '../../i18n/context.tsx';
import type { CallDone } from './calls-state.ts';
import { MASTERY, type PackageScenario } from './content.ts';

export default function SetResult({ scenarios, done }: { scenarios: PackageScenario[]; done: CallDone[] }) {
  const t = useT();
  const mean = Math.round(done.reduce((n, d) => n + d.score, 0) / Math.max(1, scenarios.length));
  const passed = mean / 100 >= MASTERY;
  return (
    <section
      class="lms-result"
      tabIndex={-1}
      ref={(el) => el?.focus()}
      aria-labelledby="lms-result-title"
      data-testid="result"
    >
      <h2 id="lms-result-title" class={passed ? 'is-right' : 'is-wrong'}>
        {passed ? t('exam.result.passed') : t('exam.result.failed')}
      </h2>
      <p data-testid="score">
        {t('lms.calls.score', {
          score: mean,
          pass: Math.round(MASTERY * 100),
          passed: done.filter((d) => d.passed).length,
          total: scenarios.length,
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('lms.calls.call')}</th>
            <th scope="col">{t('lms.calls.yours')}</th>
            <th scope="col">{t('lms.calls.points')}</th>
          </tr>
        </thead>
        <tbody>
          {done.map((d, k) => (
            <tr key={scenarios[k]!.id}>
              <td>{scenarios[k]!.title}</td>
              <td>{d.answer}</td>
              <td>
                {d.score}
                {d.passed ? ' ✓' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('lms.closeWindow')}</p>
    </section>
  );
}
