/**
 * The contract list "Problems": one item per problem, naming the field path as `npm run scenarios:check`
 * prints it; empty when there are none, with a status that says the scenario is valid. Below it, the
 * engine's proof that the expected route is legal and yields the declared workflow (or why not).
 */
import type { FieldError } from '#engine/model';
import type { RouteProof } from '#engine/machines';
import { fieldOf } from '#engine/author';
import { useT } from '../../i18n/context.tsx';
import { useUsmNames } from '../../i18n/usm-names.ts';
import { fieldId } from './fields.tsx';

export default function ProblemList({
  problems,
  proof,
  fileName,
}: {
  problems: readonly FieldError[];
  proof: RouteProof;
  fileName: string;
}) {
  const t = useT();
  const names = useUsmNames();
  const target = (path: string) => (path.startsWith('(') ? 'builder-yaml' : fieldId(fieldOf(path)));
  return (
    <section class="builder-problems" aria-labelledby="builder-problems-title">
      <h2 id="builder-problems-title">{t('builder.problems')}</h2>
      <p
        role="status"
        data-testid="builder-status"
        class={`question-feedback ${problems.length ? 'is-wrong' : 'is-right'}`}
      >
        {problems.length
          ? t('builder.problems.count', { n: problems.length, file: fileName })
          : t('builder.valid', { file: fileName })}
      </p>
      <ul aria-label={t('builder.problems')} data-testid="builder-problems">
        {problems.map((p, i) => (
          <li key={i}>
            <a
              href={`#${target(p.path)}`}
              onClick={(e) => {
                const el = document.getElementById(target(p.path));
                if (el) {
                  e.preventDefault();
                  el.focus();
                }
              }}
            >
              <code>{p.path}</code>
            </a>
            : {p.message}
          </li>
        ))}
      </ul>
      {proof && (
        <p data-testid="builder-proof" class={`builder-proof question-feedback ${proof.ok ? 'is-right' : 'is-wrong'}`}>
          {proof.ok
            ? t('builder.proof.ok', {
                route: [proof.callType, ...proof.route.map(names.process)].join(' → '),
                workflow: proof.workflow,
                name: names.workflow(proof.workflow),
                outcome: proof.outcome === 'fulfilled' ? '' : ` (${proof.outcome})`,
              })
            : proof.move
              ? t('builder.proof.refused', {
                  route: [proof.callType, ...proof.route.map(names.process)].join(' → '),
                  move: proof.move,
                  reason: proof.reason,
                })
              : t('builder.proof.wrong', {
                  route: [proof.callType, ...proof.route.map(names.process)].join(' → '),
                  reason: proof.reason,
                })}
        </p>
      )}
    </section>
  );
}
