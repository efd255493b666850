/** A radar chart of levels 0–5 per part, with a table that says the same for screen readers and print. */
import { useT } from '../../i18n/context.tsx';

export interface RadarSeries {
  label: string;
  values: number[];
  /** main: filled (you, or the team); compare: dashed (the counterpart); person: a thin outline (a team member). */
  kind?: 'main' | 'compare' | 'person';
}

const SIZE = 360;
const C = SIZE / 2;
const R = 112;
/** Room around the plot for the axis labels, so that no label is cut off at any width. */
const PAD_X = 70;
const PAD_Y = 14;
const FONT = 12;
const LINE = 14;
const WRAP = 14;

/** Splits a label into lines of at most WRAP characters (a longer word keeps its own line). */
export function wrapLabel(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= WRAP) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const STYLE = {
  main: {
    fill: 'var(--sl-color-accent)',
    'fill-opacity': 0.3,
    stroke: 'var(--sl-color-accent-high)',
    'stroke-width': 2.5,
  },
  compare: {
    fill: 'var(--sl-color-orange)',
    'fill-opacity': 0.25,
    stroke: 'var(--sl-color-orange)',
    'stroke-width': 2,
    'stroke-dasharray': '6 3',
  },
  person: {
    fill: 'none',
    stroke: 'currentColor',
    'stroke-opacity': 0.5,
    'stroke-width': 1.25,
    'stroke-dasharray': '3 2',
  },
} as const;

export default function RadarChart({ axes, series, id }: { axes: string[]; series: RadarSeries[]; id: string }) {
  const t = useT();
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
  const point = (i: number, v: number) =>
    [C + (R * v * Math.cos(angle(i))) / 5, C + (R * v * Math.sin(angle(i))) / 5] as const;
  const desc = series.map((s) => `${s.label}: ${axes.map((a, i) => `${a} ${s.values[i]}`).join(', ')}`).join('. ');
  // Draw people first, then the counterpart, then the main shape on top.
  const order = [...series.entries()].sort(
    ([, a], [, b]) =>
      ['person', 'compare', 'main'].indexOf(a.kind ?? 'main') - ['person', 'compare', 'main'].indexOf(b.kind ?? 'main'),
  );
  return (
    <figure class="radar">
      <svg
        viewBox={`${-PAD_X} ${-PAD_Y} ${SIZE + 2 * PAD_X} ${SIZE + 2 * PAD_Y}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        width="100%"
        style={{ maxWidth: '32rem' }}
        data-testid={`${id}-svg`}
      >
        <title id={`${id}-t`}>{t('vmm.radar.title')}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {[1, 2, 3, 4, 5].map((L) => (
          <polygon
            key={L}
            points={axes.map((_, i) => point(i, L).join(',')).join(' ')}
            fill="none"
            stroke="currentColor"
            stroke-opacity={L === 3 ? 0.6 : 0.2}
            stroke-dasharray={L === 3 ? '5 3' : undefined}
          />
        ))}
        {axes.map((a, i) => {
          const [x, y] = point(i, 5.55);
          const [lx, ly] = point(i, 5);
          const cos = Math.cos(angle(i));
          const sin = Math.sin(angle(i));
          const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
          const lines = wrapLabel(a);
          // Above the plot the block ends at the point, below it starts there, at the sides it is centred.
          const top =
            sin < -0.5
              ? y - (lines.length - 1) * LINE
              : sin > 0.5
                ? y + LINE * 0.6
                : y - ((lines.length - 1) * LINE) / 2;
          return (
            <g key={i}>
              <line x1={C} y1={C} x2={lx} y2={ly} stroke="currentColor" stroke-opacity="0.3" />
              <text
                x={x}
                y={top}
                font-size={FONT}
                text-anchor={anchor}
                dominant-baseline="middle"
                fill="currentColor"
                class="radar-label"
              >
                {lines.map((l, k) => (
                  <tspan key={k} x={x} dy={k === 0 ? 0 : LINE}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {order.map(([k, s]) => (
          <polygon
            key={k}
            points={s.values.map((v, i) => point(i, Math.max(v, 0.15)).join(',')).join(' ')}
            {...STYLE[s.kind ?? (k === 0 ? 'main' : 'compare')]}
            data-kind={s.kind ?? (k === 0 ? 'main' : 'compare')}
          />
        ))}
      </svg>
      <figcaption>
        <table>
          <caption>{t('vmm.radar.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('vmm.report.dimension')}</th>
              {series.map((s, k) => (
                <th scope="col" key={k}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {axes.map((a, i) => (
              <tr key={i}>
                <th scope="row">{a}</th>
                {series.map((s, k) => (
                  <td key={k}>{s.values[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
