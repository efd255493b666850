/** A radar chart of levels 0–5 per part, with a table that says the same for screen readers and print. */
import { tVmm as t } from '../../i18n/en.ts';

export interface RadarSeries {
  label: string;
  values: number[];
}

export default function RadarChart({ axes, series, id }: { axes: string[]; series: RadarSeries[]; id: string }) {
  const size = 360;
  const c = size / 2;
  const r = 130;
  const point = (i: number, v: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
    return [c + (r * v * Math.cos(angle)) / 5, c + (r * v * Math.sin(angle)) / 5] as const;
  };
  const desc = series.map((s) => `${s.label}: ${axes.map((a, i) => `${a} ${s.values[i]}`).join(', ')}`).join('. ');
  return (
    <figure class="radar">
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%" style={{ maxWidth: '26rem' }}>
        <title id={`${id}-t`}>{t('vmm.radar.title')}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {[1, 2, 3, 4, 5].map((L) => (
          <polygon key={L} points={axes.map((_, i) => point(i, L).join(',')).join(' ')} fill="none" stroke="currentColor" stroke-opacity={L === 3 ? 0.6 : 0.2} stroke-dasharray={L === 3 ? '5 3' : undefined} />
        ))}
        {axes.map((a, i) => {
          const [x, y] = point(i, 5.9);
          const [lx, ly] = point(i, 5);
          return (
            <g key={a}>
              <line x1={c} y1={c} x2={lx} y2={ly} stroke="currentColor" stroke-opacity="0.3" />
              <text x={x} y={y} font-size="11" text-anchor="middle" dominant-baseline="middle" fill="currentColor">{a}</text>
            </g>
          );
        })}
        {series.map((s, k) => (
          <polygon key={s.label} points={s.values.map((v, i) => point(i, Math.max(v, 0.15)).join(',')).join(' ')}
            fill={k === 0 ? 'var(--sl-color-accent)' : 'var(--sl-color-orange)'} fill-opacity="0.3"
            stroke={k === 0 ? 'var(--sl-color-accent-high)' : 'var(--sl-color-orange)'} stroke-width="2" stroke-dasharray={k === 0 ? undefined : '6 3'} />
        ))}
      </svg>
      <figcaption>
        <table>
          <caption>{t('vmm.radar.table')}</caption>
          <thead><tr><th scope="col">{t('vmm.report.dimension')}</th>{series.map((s) => <th scope="col" key={s.label}>{s.label}</th>)}</tr></thead>
          <tbody>{axes.map((a, i) => <tr key={a}><th scope="row">{a}</th>{series.map((s) => <td key={s.label}>{s.values[i]}</td>)}</tr>)}</tbody>
        </table>
      </figcaption>
    </figure>
  );
}
