/** The YAML view (contract: a textbox named "Scenario YAML"), with import by file, paste or drop, and export. */
import { useState } from 'preact/hooks';
import { MAX_CONTENT_FILE_BYTES } from '#engine/author';
import type { FieldError } from '#engine/model';
import { useT } from '../../i18n/context.tsx';

interface Props {
  yaml: string;
  problems: readonly FieldError[];
  onInput: (text: string) => void;
  /** A file (or dropped text) to import as a new draft. */
  onImport: (text: string, fileName: string | null) => void;
  onExport: () => void;
  onError: (message: string) => void;
}

export default function YamlView({ yaml, problems, onInput, onImport, onExport, onError }: Props) {
  const t = useT();
  const [over, setOver] = useState(false);
  const fileProblems = problems.filter((p) => p.path.startsWith('('));
  const readFile = async (file: File) => {
    if (file.size > MAX_CONTENT_FILE_BYTES)
      return onError(
        t('builder.import.tooBig', {
          name: file.name.slice(0, 60),
          kb: Math.ceil(file.size / 1024),
          max: MAX_CONTENT_FILE_BYTES / 1024,
        }),
      );
    try {
      onImport(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()), file.name.slice(0, 120));
    } catch {
      onError(t('builder.import.notText', { name: file.name.slice(0, 60) }));
    }
  };
  return (
    <section
      class={`builder-yaml${over ? ' is-over' : ''}`}
      aria-labelledby="builder-yaml-title"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        const text = e.dataTransfer?.getData('text/plain');
        if (file) void readFile(file);
        else if (text) onImport(text, null);
      }}
    >
      <h2 id="builder-yaml-title">{t('builder.yaml.title')}</h2>
      <label for="builder-yaml">{t('builder.yaml')}</label>
      <small class="builder-hint" id="builder-yaml-help">
        {t('builder.yaml.help')}
      </small>
      <textarea
        id="builder-yaml"
        rows={24}
        spellcheck={false}
        class="builder-yaml-text"
        value={yaml}
        aria-describedby={fileProblems.length ? 'builder-yaml-help builder-yaml-problems' : 'builder-yaml-help'}
        aria-invalid={fileProblems.length > 0}
        onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)}
      />
      {fileProblems.length > 0 && (
        <ul class="builder-field-problems" id="builder-yaml-problems">
          {fileProblems.map((p, i) => (
            <li key={i}>
              {p.path}: {p.message}
            </li>
          ))}
        </ul>
      )}
      <p class="sim-actions">
        <button type="button" class="usm-button secondary" onClick={onExport}>
          {t('builder.export')}
        </button>
        <label class="usm-button secondary builder-file">
          {t('builder.import')}
          <input
            type="file"
            accept=".yaml,.yml,text/yaml,application/yaml,text/plain"
            class="sr-only"
            onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) void readFile(f);
              (e.target as HTMLInputElement).value = '';
            }}
          />
        </label>
      </p>
      <p class="builder-hint">{t('builder.import.help')}</p>
    </section>
  );
}
