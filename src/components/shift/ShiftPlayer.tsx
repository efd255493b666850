/**
 * The Shift island. Its first view is the start form, and that is all the page ships: the floor (queue,
 * KPIs, report and the Shift's model) and its data load when the learner heads for the start button,
 * the board when a call is picked (load-floor.ts). A workshop's link (?code=) loads the code reader too.
 */
import { useEffect, useState } from 'preact/hooks';
import { I18nProvider, island, useLang, useT } from '../../i18n/context.tsx';
import { translator } from '../../i18n/translate.ts';
import { loadFloor, type Floor, type ShiftChoice } from './load-floor.ts';
import ShiftStart from './ShiftStart.tsx';
import type { Workshop } from './ShiftEnd.tsx';

interface Props {
  choices: ShiftChoice[];
  /** The address of the floor's data file (/shift/data.json). */
  data: string;
}

function ShiftPlayer({ choices, data }: Props) {
  const t = useT();
  const lang = useLang();
  const [shiftId, setShiftId] = useState(choices[0]?.id ?? '');
  const [seed, setSeed] = useState('1');
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  const [codeError, setCodeError] = useState('');
  const [loadError, setLoadError] = useState('');
  const [loading, setLoading] = useState(false);
  const [floor, setFloor] = useState<(Floor & { shift: string; seed: number }) | null>(null);
  useEffect(() => {
    const p = new URLSearchParams(location.search);
    if (p.get('seed')) setSeed(p.get('seed')!);
    if (p.get('shift') && choices.some((s) => s.id === p.get('shift'))) setShiftId(p.get('shift')!);
    const code = p.get('code');
    if (!code) return;
    // The code's refusals are engine messages, worded by the floor's strings (the engine area).
    const reading = [import('#engine/lazy/workshop'), import('../../i18n/format.ts'), loadFloor(data)] as const;
    void Promise.all(reading).then(([codes, { format }, loaded]) => {
      const r = codes.readShiftJoinCode(
        code,
        choices.map((s) => s.id),
      );
      if (!r.ok) return setCodeError(format(translator(loaded.data.strings), r.message));
      setShiftId(r.value.shift);
      setSeed(String(r.value.seed));
      setWorkshop({ code, resultCode: codes.shiftResultCode });
    }, fail);
  }, []);
  function fail(e: unknown) {
    setLoading(false);
    setLoadError(t('shift.loadFailed', { error: e instanceof Error ? e.message : String(e) }));
  }
  function start() {
    setLoading(true);
    setLoadError('');
    loadFloor(data).then((loaded) => {
      setLoading(false);
      setFloor({ ...loaded, shift: shiftId, seed: Number(seed) || 0 });
    }, fail);
  }

  if (floor) {
    const Floor = floor.module.default;
    return (
      <I18nProvider lang={lang} strings={floor.data.strings}>
        <Floor
          def={floor.data.shifts.find((s) => s.id === floor.shift)!}
          scenarios={floor.data.scenarios}
          seed={floor.seed}
          workshop={workshop}
          again={() => setFloor(null)}
        />
      </I18nProvider>
    );
  }
  const chosen = choices.find((s) => s.id === shiftId);
  return (
    <ShiftStart
      choices={choices}
      shiftId={shiftId}
      choose={setShiftId}
      seed={seed}
      setSeed={setSeed}
      workshop={workshop && chosen ? t('shift.workshop', { title: chosen.title, seed }) : null}
      codeError={codeError}
      loadError={loadError}
      loading={loading}
      prepare={() => void loadFloor(data).catch(() => undefined)}
      start={start}
    />
  );
}

export default island(ShiftPlayer);
