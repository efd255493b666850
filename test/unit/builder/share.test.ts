/** Share links, pack files and workshop join codes with custom calls: round trips, limits and hostile input. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  draftFromYaml,
  draftToYaml,
  setField,
  type Draft,
  parseScenario,
  type Scenario,
  MAX_INFLATED_BYTES,
  MAX_LINK_CHARS,
  MAX_PACK_CALLS,
  bytesToBase64url,
  deflate,
  packPayload,
  packToYaml,
  readPackYaml,
  readShareFragment,
  shareFragment,
  customJoinCode,
  readWorkshopCode,
  type PlayableWorkshop,
} from '#engine/build';
import {
  createWorkshop,
  joinCode,
  readResultCode,
  resultCode,
  roomView,
  codeKind,
  grade,
  routeFor,
} from '#engine/model';
import { scenarioFiles } from './library.ts';

const root = join(import.meta.dirname, '../../..');
const base = readFileSync(join(root, 'content/scenarios/education/thesis-upload-limit.yaml'), 'utf8');
const draft = (draftFromYaml(base) as { draft: Draft }).draft;
const custom = (id: string, title: string) => draftToYaml(setField(setField(draft, 'id', id), 'title', title));
const library: Scenario[] = scenarioFiles().map(
  (p) => (parseScenario(readFileSync(p, 'utf8'), p) as { scenario: Scenario }).scenario,
);

describe('share links', () => {
  it('carries a call and its author in the fragment and reads them back, checked', async () => {
    const yaml = custom('canteen-vegan-menu', 'The canteen wants a vegan menu');
    const fragment = await shareFragment({ author: 'Coach Ada', calls: [yaml] });
    expect(fragment).toMatch(/^c=[A-Za-z0-9_-]+$/);
    const r = await readShareFragment(`https://example.org/simulator/builder/play/#${fragment}`);
    expect(r.ok && r.value.author).toBe('Coach Ada');
    expect(r.ok && r.value.calls[0]!.scenario.title).toBe('The canteen wants a vegan menu');
    expect(r.ok && r.value.calls[0]!.yaml).toBe(yaml);
  });

  it('refuses hostile and damaged links with the problem named', async () => {
    const code = async (f: string) => {
      const r = await readShareFragment(f);
      return r.ok ? 'ok' : r.problem.code;
    };
    expect(await code('#c=<script>alert(1)</script>')).toBe('share.badChars');
    expect(await code(`#c=${'A'.repeat(1024 * 1024)}`)).toBe('share.tooLong');
    expect(await code('#c=A')).toBe('share.badBase64');
    expect(await code('#c=')).toBe('share.empty');
    expect(await code(`#c=${bytesToBase64url(new Uint8Array([255, 1, 2, 3, 4, 5, 6, 7]))}`)).toBe('share.badDeflate');
    // A deflate bomb: 20 MB of zeros is a small payload; reading stops at the limit.
    const bomb = bytesToBase64url(await deflate('\u0000'.repeat(20 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await code(`#c=${bomb}`)).toBe('share.tooBig');
    expect(await code(`#c=${bytesToBase64url(await deflate('not json <b>'))}`)).toBe('share.notJson');
    expect(await code(`#c=${await packPayload({ calls: 'x' })}`)).toBe('share.badShape');
    expect(await code(`#c=${await packPayload({ author: 'x'.repeat(81), calls: [base] })}`)).toBe('share.badShape');
    const invalid = await readShareFragment(
      `#c=${await packPayload({ calls: ['id: "<img src=x onerror=alert(1)>"\n'] })}`,
    );
    expect(invalid.ok || invalid.problem).toMatchObject({ code: 'share.invalidCall', n: 1 });
    expect(await code(`#c=${await packPayload({ calls: Array(MAX_PACK_CALLS + 1).fill(base) })}`)).toBe(
      'share.tooMany',
    );
    expect(await code(`#c=${await packPayload({ calls: [base, base] })}`)).toBe('share.duplicateId');
    expect(MAX_INFLATED_BYTES).toBeGreaterThan(MAX_PACK_CALLS * 16 * 1024);
  });
});

describe('pack files', () => {
  it('writes a pack as one YAML file and reads it back unchanged', () => {
    const pack = {
      title: 'Month-end',
      author: 'Ada',
      calls: [custom('sap-close-fails', 'SAP close fails'), custom('vegan-menu', 'Vegan menu')],
    };
    const text = packToYaml(pack);
    expect(text).toMatch(/^pack: Month-end\nauthor: Ada\nscenarios:\n {2}- id: sap-close-fails/);
    const back = readPackYaml(text);
    expect(back).toEqual({ ok: true, value: pack });
  });

  it('names the call and field of a problem, and refuses too many calls or a repeated id', () => {
    const bad = readPackYaml(
      packToYaml({ calls: [custom('a-call', 'A'), custom('b-call', 'B')] }).replace('workflow: 3', 'workflow: 6'),
    );
    expect(bad.ok || bad.errors[0]).toEqual({
      path: 'scenarios[0].expected.workflow',
      message: expect.stringContaining('does not start with an incident'),
    });
    const many = readPackYaml(
      packToYaml({ calls: Array.from({ length: MAX_PACK_CALLS + 1 }, (_, i) => custom(`c-${i}`, 'C')) }),
    );
    expect(many.ok || many.errors[0]!.message).toMatch(/at most 12/);
    const twice = readPackYaml(packToYaml({ calls: [custom('same', 'A'), custom('same', 'B')] }));
    expect(twice.ok || twice.errors[0]!.path).toBe('scenarios[1].id');
    expect(readPackYaml('scenarios: [1]\nextra: 2').ok).toBe(false);
  });
});

describe('workshops with custom calls', () => {
  const ids = library.map((s) => s.id);
  const calls = [custom('sap-close-fails', 'SAP close fails'), custom('vegan-menu', 'Vegan menu')].map((yaml) => ({
    yaml,
    scenario: (
      parseScenario(
        yaml,
        'x.yaml'.replace(
          'x',
          draftFromYaml(yaml).ok ? String((draftFromYaml(yaml) as { draft: Draft }).draft.id) : 'x',
        ),
      ) as { scenario: Scenario }
    ).scenario,
  }));

  it('a W2 join code carries the custom calls; every participant reads the same calls in the same order', async () => {
    const selection = ['sap-close-fails', ids[0]!, 'vegan-menu'];
    const made = await customJoinCode(ids, calls, selection, 'practice', 42);
    expect(made.ok).toBe(true);
    const code = (made as { value: string }).value;
    expect(code).toMatch(/^W2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(codeKind(code)).toBe('workshop');
    const r = await readWorkshopCode(code, library);
    expect(r.ok).toBe(true);
    if (!r.ok) throw new Error(r.error);
    const w: PlayableWorkshop = r.value;
    expect(new Set(w.workshop.scenarios)).toEqual(new Set(selection));
    expect(w.workshop.scenarios).toEqual(
      createWorkshop([...ids, 'sap-close-fails', 'vegan-menu'], selection, 'practice', 42).scenarios,
    );
    expect(w.scenarios.get('vegan-menu')!.title).toBe('Vegan menu');
    expect(w.custom).toEqual(['sap-close-fails', 'vegan-menu']);

    // A participant's result code is read and merged into the room view like a library workshop's.
    const results = w.workshop.scenarios.map((id) => {
      const s = w.scenarios.get(id)!;
      const route = id === 'vegan-menu' ? ['recover' as const] : [...routeFor(s.expected.workflow as 1)];
      return {
        callType: s.expected.callType,
        route,
        score: grade(s, { callType: s.expected.callType, route }).score,
        hintsUsed: 0,
        illegalMoves: 0,
      };
    });
    const rc = resultCode(code, 'Bea', results);
    const read = readResultCode(rc, code, { workshop: w.workshop, scenarios: w.scenarios });
    expect(read.ok, read.ok ? '' : read.error).toBe(true);
    if (!read.ok) throw new Error(read.error);
    const view = roomView(w.workshop, w.scenarios, [read.value]);
    expect(view.calls.map((c) => c.played)).toEqual([1, 1, 1]);
    expect(view.participants[0]!.name).toBe('Bea');
    expect(view.participants[0]!.passed).toBe(2);
    expect(view.calls[w.workshop.scenarios.indexOf('vegan-menu')]!.passed).toBe(0);
  });

  it('keeps W1 codes working, and refuses a changed code, an id clash and an unknown library version', async () => {
    const w1 = joinCode(createWorkshop(ids, ids.slice(0, 2), 'assessment', 7), ids);
    const r1 = await readWorkshopCode(w1, library);
    expect(r1.ok && r1.value.workshop.scenarios.length).toBe(2);
    expect(r1.ok && r1.value.custom).toEqual([]);
    const clash = await customJoinCode(
      ids,
      [{ yaml: base, scenario: library.find((s) => s.id === 'thesis-upload-limit')! }],
      ['thesis-upload-limit'],
      'practice',
      1,
    );
    expect(clash.ok).toBe(false);
    const code = ((await customJoinCode(ids, calls, ['vegan-menu', ids[3]!], 'practice', 3)) as { value: string })
      .value;
    const [p, payload, crc] = code.split('.');
    const changed = await readWorkshopCode(
      `${p}.${payload}.${crc!.replace(/.$/, (c) => (c === '0' ? '1' : '0'))}`,
      library,
    );
    expect(changed.ok || changed.error).toMatch(/checksum does not match/);
    const other = await readWorkshopCode(code, library.slice(1));
    expect(other.ok || other.error).toMatch(/another version of the scenario library/);
    // A pack-only workshop does not depend on the library version.
    const only = ((await customJoinCode(ids, calls, ['vegan-menu'], 'practice', 3)) as { value: string }).value;
    expect((await readWorkshopCode(only, library.slice(1))).ok).toBe(true);
    for (const junk of ['W2.', 'W2.abc.def', `W2.${'A'.repeat(9000)}.00000000`, 'W2.<script>.12345678'])
      expect((await readWorkshopCode(junk, library)).ok).toBe(false);
  });
});
