/**
 * Content validation: every scenario, question, glossary term and lesson is checked against its schema
 * and against each other (links, ids, lesson slugs) and against the USM model.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseQuestionFile, type Question, GlossaryTermSchema } from '#engine/build';
import { MODULE_IDS, TOPIC_IDS, CALL_TYPES, PROCESSES, PROCESS_IDS, WORKFLOWS, isProcessId } from '#engine/model';

const root = join(import.meta.dirname, '../..');
const files = (dir: string, re: RegExp): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!statSync(d, { throwIfNoEntry: false })?.isDirectory()) return;
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (re.test(n)) out.push(p);
    }
  };
  walk(join(root, dir));
  return out;
};
const rel = (p: string) => relative(root, p);

const lessonFiles = files('content/lessons', /^[^_].*\.mdx?$/);
const lessons = lessonFiles.map((f) => {
  const text = readFileSync(f, 'utf8');
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const parts = rel(f).split('/');
  return { file: rel(f), module: parts[2]!, slug: parts[3]!.replace(/\.mdx?$/, ''), data: fm ? parse(fm[1]!) : null, body: fm ? text.slice(fm[0].length) : text };
});
const lessonSlugs = new Set(lessons.map((l) => l.slug));
const lessonPaths = new Set(lessons.map((l) => `/lessons/${l.module}/${l.slug}/`));

const scenarioResults = files('content/scenarios', /\.ya?ml$/).map((f) => ({ file: rel(f), result: parseScenario(readFileSync(f, 'utf8'), f) }));
const scenarioIds = new Set(scenarioResults.flatMap((s) => (s.result.ok ? [s.result.scenario.id] : [])));

const glossaryFiles = files('content/glossary', /\.ya?ml$/);
const glossaryIds = new Set(glossaryFiles.map((f) => f.split('/').pop()!.replace(/\.ya?ml$/, '')));

const questionFiles = files('quizzes', /\.ya?ml$/);
const questions: (Question & { file: string })[] = [];
const questionErrors: string[] = [];
for (const f of questionFiles) {
  const r = parseQuestionFile(readFileSync(f, 'utf8'), f);
  if (!r.ok) for (const e of r.errors) questionErrors.push(`${rel(f)}: ${e.path}: ${e.message}`);
  for (const q of r.questions) questions.push({ ...q, file: rel(f) });
}

describe('scenarios', () => {
  it('are all valid', () => {
    const problems = scenarioResults.flatMap((s) => (s.result.ok ? [] : s.result.errors.map((e) => `${s.file}: ${e.path}: ${e.message}`)));
    expect(problems).toEqual([]);
    expect(scenarioResults.length).toBeGreaterThan(0);
  });
  it('have unique ids and link only existing lessons', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const s of scenarioResults) {
      if (!s.result.ok) continue;
      const { id, lessons: ls } = s.result.scenario;
      if (seen.has(id)) problems.push(`${s.file}: id: "${id}" also in ${seen.get(id)}`);
      seen.set(id, s.file);
      for (const l of ls) if (!lessonSlugs.has(l)) problems.push(`${s.file}: lessons: "${l}" is not a lesson`);
    }
    expect(problems).toEqual([]);
  });
  it('include the flagship: the mining telemetry outage, an incident needing workflow 3', () => {
    const flagship = scenarioResults.find((s) => s.result.ok && s.result.scenario.id === 'mining-telemetry-outage');
    expect(flagship?.result.ok && flagship.result.scenario.expected).toMatchObject({ callType: 'incident', workflow: 3 });
  });
});

describe('questions', () => {
  it('are all valid, with answer keys in range', () => {
    expect(questionErrors).toEqual([]);
  });
  it('have unique ids, known topics, existing lesson slugs and no duplicate stems', () => {
    const problems: string[] = [];
    const ids = new Map<string, string>();
    const stems = new Map<string, string>();
    for (const q of questions) {
      if (ids.has(q.id)) problems.push(`${q.file}: ${q.id}: id also in ${ids.get(q.id)}`);
      ids.set(q.id, q.file);
      const stem = q.stem.trim().toLowerCase().replace(/\s+/g, ' ');
      if (stems.has(stem)) problems.push(`${q.file}: ${q.id}: stem duplicates ${stems.get(stem)}`);
      stems.set(stem, q.id);
      if (!(TOPIC_IDS as readonly string[]).includes(q.topic)) problems.push(`${q.file}: ${q.id}: topic "${q.topic}" unknown`);
      if (!lessonSlugs.has(q.lesson)) problems.push(`${q.file}: ${q.id}: lesson "${q.lesson}" does not exist`);
      if (q.scenario && !scenarioIds.has(q.scenario)) problems.push(`${q.file}: ${q.id}: scenario "${q.scenario}" does not exist`);
    }
    expect(problems).toEqual([]);
  });
});

describe('maturity questionnaire', () => {
  it('is valid and recommends only existing lessons and scenarios', async () => {
    const { QuestionnaireSchema } = await import('#engine/build');
    const problems: string[] = [];
    for (const f of files('content/maturity', /\.ya?ml$/)) {
      const r = QuestionnaireSchema.safeParse(parse(readFileSync(f, 'utf8')));
      if (!r.success) {
        problems.push(`${rel(f)}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      for (const d of r.data.dimensions) {
        for (const rec of d.recommend) {
          for (const l of rec.lessons) if (!lessonSlugs.has(l)) problems.push(`${rel(f)}: ${d.id} recommend L${rec.level}: lesson "${l}" does not exist`);
          for (const sc of rec.scenarios) if (!scenarioIds.has(sc)) problems.push(`${rel(f)}: ${d.id} recommend L${rec.level}: scenario "${sc}" does not exist`);
        }
        for (const st of d.statements) if (!st.id.startsWith(`${d.id}-L${st.level}-`)) problems.push(`${rel(f)}: ${st.id}: id must start with ${d.id}-L${st.level}-`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('glossary', () => {
  it('terms are valid and point at existing lessons', () => {
    const problems: string[] = [];
    for (const f of glossaryFiles) {
      const r = GlossaryTermSchema.safeParse(parse(readFileSync(f, 'utf8')));
      if (!r.success) {
        problems.push(`${rel(f)}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      for (const l of r.data.lessons) if (!lessonSlugs.has(l)) problems.push(`${rel(f)}: lessons: "${l}" is not a lesson`);
    }
    expect(problems).toEqual([]);
  });
});

describe('lessons', () => {
  it('have valid frontmatter: title, description, a known module matching the folder, order and objectives', () => {
    const problems: string[] = [];
    const slugs = new Map<string, string>();
    for (const l of lessons) {
      const d = l.data as Record<string, unknown> | null;
      if (!d) { problems.push(`${l.file}: frontmatter missing`); continue; }
      if (typeof d.title !== 'string' || !d.title) problems.push(`${l.file}: title: required`);
      if (typeof d.description !== 'string' || !d.description) problems.push(`${l.file}: description: required`);
      if (!(MODULE_IDS as readonly string[]).includes(String(d.module))) problems.push(`${l.file}: module: "${d.module}" is not one of ${MODULE_IDS.join(', ')}`);
      if (d.module !== l.module) problems.push(`${l.file}: module: "${d.module}" must match its folder "${l.module}"`);
      if (!Number.isInteger(d.order)) problems.push(`${l.file}: order: must be a whole number`);
      if (!Array.isArray(d.objectives) || d.objectives.length < 1) problems.push(`${l.file}: objectives: list at least one objective`);
      if (slugs.has(l.slug)) problems.push(`${l.file}: slug "${l.slug}" also used by ${slugs.get(l.slug)}`);
      slugs.set(l.slug, l.file);
    }
    expect(problems).toEqual([]);
  });

  it('link only to existing lessons, glossary terms and scenarios', () => {
    const problems: string[] = [];
    for (const l of lessons) {
      for (const [, href] of l.body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
        const [path, hash] = href!.split('#') as [string, string | undefined];
        if (path.startsWith('/lessons/') && !lessonPaths.has(path.endsWith('/') ? path : path + '/')) problems.push(`${l.file}: link to missing lesson ${href}`);
        if (path === '/glossary/' && hash && !glossaryIds.has(hash)) problems.push(`${l.file}: link to missing glossary term #${hash}`);
        const sim = /^\/simulator\/([a-z0-9-]+)\/?$/.exec(path);
        if (sim && !scenarioIds.has(sim[1]!)) problems.push(`${l.file}: link to missing scenario ${sim[1]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('use the diagram components with processes and workflows that exist in the model', () => {
    const problems: string[] = [];
    for (const l of lessons) {
      for (const [, p] of l.body.matchAll(/<ProcessSteps\s+process="([^"]*)"/g)) if (!isProcessId(p)) problems.push(`${l.file}: <ProcessSteps process="${p}"> is not a process`);
      for (const [, id] of l.body.matchAll(/<EmbeddedScenario\s+id="([^"]*)"/g)) if (!scenarioIds.has(id!)) problems.push(`${l.file}: <EmbeddedScenario id="${id}"> is not a scenario`);
      for (const [, n] of l.body.matchAll(/<WorkflowDiagram\s+workflow=\{(\d+)\}/g)) if (!WORKFLOWS.some((w) => w.number === Number(n))) problems.push(`${l.file}: <WorkflowDiagram workflow={${n}}> is not a workflow`);
    }
    expect(problems).toEqual([]);
  });

  it('never name a workflow with a route that contradicts the model', () => {
    const names = PROCESS_IDS.map((p) => PROCESSES[p].name).join('|');
    const re = new RegExp(`workflow\\s+(\\d)\\b[^\\n.]{0,60}?\\b((?:${names})(?:\\s*(?:→|->|–>|to)\\s*(?:${names}))+)`, 'gi');
    const problems: string[] = [];
    for (const l of lessons) {
      for (const m of l.body.matchAll(re)) {
        const n = Number(m[1]);
        const route = m[2]!.split(/\s*(?:→|->|–>|to)\s*/i).map((s) => s.toLowerCase());
        const w = WORKFLOWS.find((x) => x.number === n);
        if (!w || w.route.join('>') !== route.join('>')) problems.push(`${l.file}: "${m[0]}" — workflow ${n} is ${w ? w.route.join(' → ') : 'not a workflow'}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('send each call type to its own entry process', () => {
    const callWords: Record<string, string> = { wish: 'wish', wishes: 'wish', 'request for change': 'rfc', 'requests for change': 'rfc', rfc: 'rfc', rfcs: 'rfc', incident: 'incident', incidents: 'incident', 'service request': 'service-request', 'service requests': 'service-request', risk: 'risk', risks: 'risk' };
    const names = PROCESS_IDS.map((p) => PROCESSES[p].name).join('|');
    const re = new RegExp(`\\b(${Object.keys(callWords).join('|')})\\s+(?:starts|triggers|goes to|go to|is handled by|are handled by|enters|start|trigger)\\s+(?:the\\s+)?(${names})\\b`, 'gi');
    const problems: string[] = [];
    for (const l of lessons) {
      for (const m of l.body.matchAll(re)) {
        const callType = callWords[m[1]!.toLowerCase()] as keyof typeof CALL_TYPES;
        const process = m[2]!.toLowerCase();
        if (CALL_TYPES[callType].entry !== process) problems.push(`${l.file}: "${m[0]}" — ${CALL_TYPES[callType].name.toLowerCase()} starts ${PROCESSES[CALL_TYPES[callType].entry].name}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('name each workflow number with its own name', () => {
    const problems: string[] = [];
    for (const l of lessons) {
      for (const m of l.body.matchAll(/workflow\s+(\d)\b([^\n]{0,90})/gi)) {
        const n = Number(m[1]);
        for (const w of WORKFLOWS) {
          if (w.number !== n && m[2]!.toLowerCase().startsWith(`: ${w.name.toLowerCase()}`)) problems.push(`${l.file}: workflow ${n} is called "${w.name}", which is workflow ${w.number}`);
          if (w.number !== n && m[2]!.toLowerCase().startsWith(` (${w.name.toLowerCase()}`)) problems.push(`${l.file}: workflow ${n} is called "${w.name}", which is workflow ${w.number}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('state the key figures as usm-facts.md gives them', () => {
    const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
    const num = (x: string) => words[x.toLowerCase()] ?? Number(x);
    const checks: [RegExp, number, string][] = [
      [/\b(?:the|only|all|its|exactly)\s+(\w+)\s+(?:USM\s+)?processes\b/gi, 5, 'USM processes'],
      [/\b(\w+)\s+USM\s+processes\b/gi, 5, 'USM processes'],
      [/\b(?:the|only|all|exactly)\s+(\w+)\s+(?:USM\s+)?workflows\b/gi, 8, 'USM workflows'],
      [/\b(\w+)\s+(?:value\s+)?maturity\s+levels\b/gi, 5, 'maturity levels'],
      [/(?<!ITIL®?\s?)\b(\d+)\s+(?:ITIL(?:®|\s?4)?\s+)?(?:management\s+)?practices\b/gi, 34, 'ITIL 4 practices'],
      [/\b(\d+)\s+(?:multiple-choice\s+)?questions\b/gi, 40, 'exam questions'],
      [/\b(\d+)\s+requirements\b/gi, 213, 'ISO/IEC 20000-1 requirements'],
    ];
    const problems: string[] = [];
    for (const l of lessons) {
      for (const [re, expected, what] of checks) {
        for (const m of l.body.matchAll(re)) {
          const n = num(m[1]!);
          if (Number.isNaN(n)) continue;
          // Reactive/proactive subsets ("the three proactive workflows") are not counts of all workflows.
          if (/reactive|proactive|first|last|other|remaining/i.test(m[0])) continue;
          if (what === 'ITIL 4 practices' && !/ITIL/i.test(l.body.slice(Math.max(0, m.index! - 120), m.index! + 60))) continue;
          if (n !== expected) problems.push(`${l.file}: "${m[0]}" — ${what} should be ${expected}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
