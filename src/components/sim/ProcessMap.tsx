/** An SVG map of the five processes and their forks (from the model), with the learner's path drawn bold. */
import { FORKS, PROCESSES, PROCESS_IDS, CALL_TYPES, type ProcessId } from '../../../simulator/engine.ts';
import { tSim as t } from '../../i18n/en.ts';

const POS: Record<ProcessId, [number, number]> = {
  improve: [70, 40],
  agree: [250, 40],
  recover: [70, 180],
  change: [340, 130],
  operate: [340, 220],
};
const W = 130;
const H = 44;

/** The segment between two boxes' centres, cut at each box's edge so the arrowhead shows. */
function clip([ax, ay]: [number, number], [bx, by]: [number, number]): [number, number, number, number] {
  const [cx1, cy1, cx2, cy2] = [ax + W / 2, ay + H / 2, bx + W / 2, by + H / 2];
  const dx = cx2 - cx1;
  const dy = cy2 - cy1;
  const s = Math.min(dx === 0 ? Infinity : W / 2 / Math.abs(dx), dy === 0 ? Infinity : H / 2 / Math.abs(dy)) + 0.02;
  return [cx1 + dx * s, cy1 + dy * s, cx2 - dx * s, cy2 - dy * s];
}

export default function ProcessMap({ route, id }: { route: ProcessId[]; id: string }) {
  const onPath = (a: ProcessId, b: ProcessId) => route.some((p, i) => i > 0 && route[i - 1] === a && p === b);
  const edges = PROCESS_IDS.flatMap((from) => FORKS[from].artifacts.map((a) => ({ from, to: CALL_TYPES[a].entry, artifact: a })));
  const text = edges.map((e) => `${PROCESSES[e.from].name} → ${PROCESSES[e.to].name} (${CALL_TYPES[e.artifact].name.toLowerCase()})${onPath(e.from, e.to) ? ', on your path' : ''}`).join('; ');
  return (
    <figure class="sim-map">
      <svg viewBox="60 30 420 240" font-size="16" role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%">
        <title id={`${id}-t`}>{t('sim.map.title')}</title>
        <desc id={`${id}-d`}>{t('sim.map.desc')} {text}.</desc>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
          </marker>
        </defs>
        {edges.map((e) => {
          const [x1, y1, x2, y2] = clip(POS[e.from], POS[e.to]);
          const bold = onPath(e.from, e.to);
          return (
            <line key={`${e.from}-${e.to}`} x1={x1} y1={y1} x2={x2} y2={y2} stroke="currentColor"
              stroke-width={bold ? 4 : 1} stroke-dasharray={bold ? undefined : '4 3'} marker-end={`url(#${id}-arrow)`} class={bold ? 'on-path' : ''} />
          );
        })}
        {PROCESS_IDS.map((p) => {
          const [x, y] = POS[p];
          const visited = route.includes(p);
          return (
            <g key={p} class={visited ? 'visited' : ''}>
              <rect x={x} y={y} width={W} height={H} rx="8" fill="var(--sl-color-black)" stroke="currentColor" stroke-width={visited ? 3 : 1} />
              <text x={x + W / 2} y={y + H / 2 + 5} text-anchor="middle" fill="currentColor" font-weight={visited ? 700 : 400}>{PROCESSES[p].name}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('sim.map.desc')}</figcaption>
    </figure>
  );
}
