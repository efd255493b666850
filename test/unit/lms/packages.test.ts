// @vitest-environment happy-dom
/**
 * The packages as an LMS receives them: valid manifests (imsmanifest.xml for SCORM 1.2 and 2004, cmi5.xml),
 * every file listed and present, a README, and nothing that loads from another host.
 */
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPackage, STANDARDS, type PackageSpec } from '../../../src/lms/build/package.ts';
import { callSets } from '../../../src/lms/build/sets.ts';
import { tLms } from '../../../src/lms/strings.ts';
import { unzipStore } from '../../../src/lib/export/zip.ts';
import { library, singles } from './content.ts';
import { expectValidPackage, text } from './package-checks.ts';

const root = join(import.meta.dirname, '../../..');
const sampler = callSets(library, tLms).find((s) => s.id === 'sampler')!;
const specs: PackageSpec[] = STANDARDS.flatMap((standard) => [
  { kind: 'exam' as const, standard, questions: singles },
  { kind: 'calls' as const, standard, set: { id: sampler.id, title: sampler.title }, scenarios: sampler.scenarios },
]);
describe.each(specs.map((s) => [`${s.kind} ${s.standard}`, s] as const))('package %s', (_, spec) => {
  it(
    'has a valid manifest that lists every file, a README, and loads nothing from another host',
    { timeout: 60_000 },
    async () => {
      const built = await buildPackage(spec, root);
      const files = unzipStore(built.zip, (d) => new Uint8Array(inflateRawSync(d)));
      expectValidPackage(files, spec.standard, built.zip.length);
      // Content comes from the site's own content: the exam carries the single-answer bank; a call set its calls.
      const content = JSON.parse(
        text(files.get('content.js')!)
          .replace(/^window\.USM_LMS = /, '')
          .replace(/;\s*$/, ''),
      );
      expect(content.version).toBe(built.version);
      if (spec.kind === 'exam')
        expect(content.questions.map((q: { id: string }) => q.id)).toEqual(singles.map((q) => q.id));
      else expect(content.scenarios.map((s: { id: string }) => s.id)).toEqual(sampler.scenarios.map((s) => s.id));
    },
  );
});
