/** Every field of the scenario format as a form; each change rewrites the YAML view (Builder.tsx holds the text). */
import { CHANNELS, LEVELS, fieldOf, getField, type Draft } from '#engine/author';
import { CALL_TYPE_IDS, IMPACTS, OUTCOME_IDS, URGENCIES, WORKFLOWS } from '#engine/model';
import type { FieldError } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { useUsmNames } from '../../i18n/usm-names.ts';
import { Field, ListInput, describedBy, fieldId } from './fields.tsx';

interface Props {
  draft: Draft | null;
  problems: readonly FieldError[];
  onChange: (path: string, value: unknown) => void;
}

const LINES = ['title', 'call.from'] as const;

export default function BuilderForm({ draft, problems, onChange }: Props) {
  const t = useT();
  const names = useUsmNames();
  const disabled = draft === null;
  const at = (path: string) => problems.filter((p) => fieldOf(p.path) === path);
  const str = (path: string) => {
    const v = getField(draft, path);
    return v === undefined || v === null ? '' : typeof v === 'object' ? '' : String(v);
  };
  const text = (path: string, long = false) => (
    <Field
      path={path}
      label={t(`builder.field.${path}` as never)}
      hint={t(`builder.hint.${path}` as never)}
      problems={at(path)}
    >
      {long ? (
        <textarea
          id={fieldId(path)}
          rows={4}
          value={str(path)}
          disabled={disabled}
          {...describedBy(path, at(path))}
          onInput={(e) => onChange(path, (e.target as HTMLTextAreaElement).value)}
        />
      ) : (
        <input
          id={fieldId(path)}
          type="text"
          value={str(path)}
          disabled={disabled}
          {...describedBy(path, at(path))}
          onInput={(e) => onChange(path, (e.target as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
  const select = (path: string, options: readonly { value: string; label: string }[], numeric = false) => (
    <Field
      path={path}
      label={t(`builder.field.${path}` as never)}
      hint={t(`builder.hint.${path}` as never)}
      problems={at(path)}
    >
      <select
        id={fieldId(path)}
        value={str(path)}
        disabled={disabled}
        {...describedBy(path, at(path))}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          onChange(path, numeric && v !== '' ? Number(v) : v);
        }}
      >
        {!options.some((o) => o.value === str(path)) && (
          <option value={str(path)}>{str(path) || t('builder.none')}</option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
  const list = (path: string, multiline: boolean) => (
    <Field
      path={path}
      label={t(`builder.field.${path}` as never)}
      hint={t(`builder.hint.${path}` as never)}
      problems={at(path)}
    >
      <ListInput
        path={path}
        value={getField(draft, path)}
        multiline={multiline}
        problems={at(path)}
        disabled={disabled}
        onChange={(v) => onChange(path, v)}
      />
    </Field>
  );
  const opts = (values: readonly string[], optional = false) => [
    ...(optional ? [{ value: '', label: t('builder.none') }] : []),
    ...values.map((v) => ({ value: v, label: v })),
  ];
  const clear = getField(draft, 'expected.priorityClear');
  const clearList = Array.isArray(clear) ? clear.map(String) : [];
  return (
    <form class="builder-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="builder-form-title">
      <h2 id="builder-form-title">{t('builder.form')}</h2>
      {disabled && (
        <p class="question-feedback is-wrong" data-testid="form-disabled">
          {t('builder.form.disabled')}
        </p>
      )}
      <fieldset>
        <legend>{t('builder.section.about')}</legend>
        {text('id')}
        {text(LINES[0])}
        {text('domain')}
        {select('level', opts(LEVELS))}
      </fieldset>
      <fieldset>
        <legend>{t('builder.section.call')}</legend>
        {text(LINES[1])}
        {select('call.channel', opts(CHANNELS))}
        {text('call.text', true)}
        {list('facts', true)}
      </fieldset>
      <fieldset>
        <legend>{t('builder.section.expected')}</legend>
        {select(
          'expected.callType',
          CALL_TYPE_IDS.map((c) => ({ value: c, label: `${c} (${names.callType(c)})` })),
        )}
        {select(
          'expected.workflow',
          WORKFLOWS.map((w) => ({ value: String(w.number), label: `${w.number}: ${names.workflow(w.number)}` })),
          true,
        )}
        {select('expected.impact', opts(IMPACTS, true))}
        {select('expected.urgency', opts(URGENCIES, true))}
        <fieldset
          class="builder-field"
          aria-describedby={
            at('expected.priorityClear').length ? `${fieldId('expected.priorityClear')}-problems` : undefined
          }
        >
          <legend>{t('builder.field.expected.priorityClear')}</legend>
          {(['impact', 'urgency'] as const).map((k) => (
            <label key={k} class="question-option">
              <input
                type="checkbox"
                checked={clearList.includes(k)}
                disabled={disabled}
                onChange={() =>
                  onChange(
                    'expected.priorityClear',
                    clearList.includes(k) ? clearList.filter((x) => x !== k) : [...clearList, k].sort(),
                  )
                }
              />{' '}
              {k}
            </label>
          ))}
          {at('expected.priorityClear').length > 0 && (
            <ul class="builder-field-problems" id={`${fieldId('expected.priorityClear')}-problems`}>
              {at('expected.priorityClear').map((p, i) => (
                <li key={i}>
                  {p.path}: {p.message}
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        {select('expected.outcome', opts(OUTCOME_IDS, true))}
        {text('explanation', true)}
      </fieldset>
      <fieldset>
        <legend>{t('builder.section.more')}</legend>
        {list('lessons', false)}
        {list('hints', true)}
        {list('discussion', true)}
      </fieldset>
    </form>
  );
}
