/** Small pieces of the builder's form: a field's problems beside it, and list inputs that keep what is typed. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FieldError } from '#engine/model';

export const fieldId = (path: string) => `b-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** The attributes that tie an input to its problems. */
export function describedBy(path: string, problems: readonly FieldError[]) {
  return problems.length ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(path)}-problems` } : {};
}

export function Field({
  path,
  label,
  hint,
  problems,
  children,
}: {
  path: string;
  label: string;
  hint?: string;
  problems: readonly FieldError[];
  children: ComponentChildren;
}) {
  return (
    <div class={`builder-field${problems.length ? ' has-problem' : ''}`}>
      <label for={fieldId(path)}>{label}</label>
      {hint && <small class="builder-hint">{hint}</small>}
      {children}
      {problems.length > 0 && (
        <ul class="builder-field-problems" id={`${fieldId(path)}-problems`}>
          {problems.map((p, i) => (
            <li key={i}>
              {p.path}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * A list edited as text (one item per line, or separated by spaces and commas). What is typed stays as
 * typed while it means the same list, so a new line or a trailing comma is not swallowed mid-word.
 */
export function ListInput({
  path,
  value,
  multiline,
  problems,
  onChange,
  disabled,
}: {
  path: string;
  value: unknown;
  multiline?: boolean;
  problems: readonly FieldError[];
  onChange: (list: string[]) => void;
  disabled?: boolean;
}) {
  const split = (s: string) =>
    (multiline ? s.split('\n').map((x) => x.trim()) : s.split(/[\s,]+/)).filter((x) => x.length > 0);
  const joined = Array.isArray(value)
    ? value.map((x) => String(x)).join(multiline ? '\n' : ', ')
    : value === undefined
      ? ''
      : String(value);
  const [text, setText] = useState(joined);
  useEffect(() => {
    if (split(text).join('\u0000') !== split(joined).join('\u0000')) setText(joined);
  }, [joined]);
  const props = {
    id: fieldId(path),
    value: text,
    disabled,
    ...describedBy(path, problems),
    onInput: (e: Event) => {
      const v = (e.target as HTMLInputElement).value;
      setText(v);
      onChange(split(v));
    },
  };
  return multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />;
}
