/**
 * Reads every kind of content of a language from disk, with the parsers the content loaders use, as
 * parity items; and runs the parity check of a translation against English. Used by the build
 * (src/integrations/content-parity.mjs) and by the tests (fixtures in test/fixtures/parity/).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseScenario, readYaml } from '#engine/author';
import { parseQuestionFile, QuestionnaireSchema, ShiftSchema, GlossaryTermSchema, friendlyIssues } from '#engine/build';
import { CONTENT_KINDS, COMPLETE, DEFAULT_LANG, contentDir, type ContentKind, type Lang } from '../languages.ts';
import { compareKind, parityVerdict, type ParityItem, type ParityReport } from './parity.ts';

/** Items of one kind in one language, plus the files that could not be read (the loaders report those too). */
export interface KindItems {
  items: ParityItem[];
  unreadable: string[];
}

function files(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (pattern.test(name) && !name.startsWith('_')) out.push(p);
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return out;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const COMPONENT_TAG = /<([A-Z][A-Za-z0-9]*)\b([^>]*?)\/?>/g;

/** A lesson's structure: its frontmatter plus the components its body embeds, in order (with their props). */
export function lessonData(text: string): { ok: true; data: Record<string, unknown> } | { ok: false; message: string } {
  const m = FRONTMATTER.exec(text);
  if (!m) return { ok: false, message: 'has no frontmatter (--- … ---)' };
  const yaml = readYaml(m[1]!);
  if (!yaml.ok || yaml.data === null || typeof yaml.data !== 'object') return { ok: false, message: 'frontmatter is not a YAML mapping' };
  const components = [...m[2]!.matchAll(COMPONENT_TAG)].map((t) => `${t[1]}${t[2]!.replace(/\s+/g, ' ').trimEnd()}`);
  return { ok: true, data: { ...(yaml.data as Record<string, unknown>), components } };
}

/** Reads one kind of content of one language below `root` (the project root). */
export function readKind(kind: ContentKind, lang: Lang, root = process.cwd()): KindItems {
  const dir = resolve(root, contentDir(lang, kind));
  const out: KindItems = { items: [], unreadable: [] };
  const shown = (f: string) => relative(root, f);
  const bad = (f: string, message: string) => out.unreadable.push(`${shown(f)}: ${message}`);
  if (kind === 'lessons') {
    for (const f of files(dir, /\.mdx?$/)) {
      const r = lessonData(readFileSync(f, 'utf8'));
      if (r.ok) out.items.push({ id: relative(dir, f).replace(/\\/g, '/').replace(/\.mdx?$/, ''), file: shown(f), data: r.data });
      else bad(f, r.message);
    }
    return out;
  }
  for (const f of files(dir, /\.ya?ml$/)) {
    const text = readFileSync(f, 'utf8');
    if (kind === 'scenarios') {
      const r = parseScenario(text, f);
      if (r.ok) out.items.push({ id: r.scenario.id, file: shown(f), data: r.scenario });
      else bad(f, r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    } else if (kind === 'quizzes') {
      const r = parseQuestionFile(text, f);
      for (const q of r.questions) out.items.push({ id: q.id, file: shown(f), data: q });
      if (!r.ok) bad(f, r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    } else {
      const yaml = readYaml(text);
      const schema = kind === 'glossary' ? GlossaryTermSchema : kind === 'maturity' ? QuestionnaireSchema : ShiftSchema;
      const r = yaml.ok ? schema.safeParse(yaml.data) : undefined;
      if (!r?.success) {
        bad(f, yaml.ok ? friendlyIssues(r!.error!).map((e) => `${e.path}: ${e.message}`).join('; ') : yaml.errors.map((e) => e.message).join('; '));
        continue;
      }
      const id = kind === 'glossary' ? basename(f).replace(/\.ya?ml$/, '') : (r.data as { id: string }).id;
      out.items.push({ id, file: shown(f), data: r.data });
    }
  }
  return out;
}

/** Where the translation of an English file belongs: the same path below the language's folder. */
export function translationFile(kind: ContentKind, lang: Lang, englishFile: string): string {
  const from = contentDir(DEFAULT_LANG, kind).replace(/^\.\//, '');
  const to = contentDir(lang, kind).replace(/^\.\//, '');
  return englishFile.startsWith(from) ? to + englishFile.slice(from.length) : englishFile;
}

export interface ParityResult {
  reports: ParityReport[];
  /** Lines that fail the build. */
  errors: string[];
  /** Lines the build prints as warnings (missing translations while the language is not complete). */
  warnings: string[];
}

/** Checks a translation against English for every kind of content (or the kinds given). */
export function checkParity(lang: Lang, options: { root?: string; complete?: boolean; kinds?: readonly ContentKind[] } = {}): ParityResult {
  const root = options.root ?? process.cwd();
  const reports: ParityReport[] = [];
  const unreadable: string[] = [];
  for (const kind of options.kinds ?? CONTENT_KINDS) {
    const en = readKind(kind, DEFAULT_LANG, root);
    const tr = readKind(kind, lang, root);
    unreadable.push(...tr.unreadable);
    reports.push(compareKind(kind, en.items, tr.items, (f) => translationFile(kind, lang, f)));
  }
  const verdict = parityVerdict(reports, options.complete ?? COMPLETE[lang]);
  return { reports, errors: [...unreadable, ...verdict.errors], warnings: verdict.warnings };
}

/** True when the project has any content in the language (so a fresh clone without content/nl is quiet). */
export const hasContent = (lang: Lang, root = process.cwd()): boolean => existsSync(resolve(root, `content/${lang}`));
