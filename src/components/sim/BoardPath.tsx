/**
 * The path on the board, drawn over the lanes: the learner's path so far and, in the debrief, the
 * expected route ghosted beside it. Positions are read from the step dots (data-point) after layout;
 * the segments come from simulator/board.ts. Decorative: the lanes and the log carry the same facts.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { BoardPoint, PathSegment } from '#engine/model';

type Points = Map<string, [number, number]>;
const key = (p: BoardPoint) => `${p.process}:${p.step}`;

function measure(box: HTMLElement): Points {
  const origin = box.getBoundingClientRect();
  const out: Points = new Map();
  box.querySelectorAll<HTMLElement>('[data-point]').forEach((el) => {
    const r = el.getBoundingClientRect();
    out.set(el.dataset.point!, [r.left - origin.left + r.width / 2, r.top - origin.top + r.height / 2]);
  });
  return out;
}

function d(seg: PathSegment, pts: Points, offset: number): string | null {
  const b = pts.get(key(seg.to));
  if (!b) return null;
  if (seg.kind === 'enter') return null;
  const a = pts.get(key(seg.from));
  if (!a) return null;
  const [x1, y1, x2, y2] = [a[0] + offset, a[1] + offset, b[0] + offset, b[1] + offset];
  if (seg.kind === 'move' && Math.abs(y1 - y2) < 2) return `M${x1} ${y1} L${x2} ${y2}`;
  const my = (y1 + y2) / 2;
  return `M${x1} ${y1} C${x1} ${my} ${x2} ${my} ${x2} ${y2}`;
}

export interface Props {
  box: RefObject<HTMLElement>;
  path: readonly PathSegment[];
  ghost: readonly PathSegment[] | null;
  /** Changes whenever the layout may have moved (a new frame, the debrief opening). */
  version: string;
}

export default function BoardPath({ box, path, ghost, version }: Props) {
  const [pts, setPts] = useState<Points>(new Map());
  const [size, setSize] = useState<[number, number]>([0, 0]);
  const frame = useRef(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const update = () => {
      setPts(measure(el));
      setSize([el.scrollWidth, el.scrollHeight]);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(update);
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [version]);
  const draw = (segs: readonly PathSegment[], cls: string, offset: number) =>
    segs.map((s, i) => {
      const dd = d(s, pts, offset);
      return dd ? <path key={`${cls}${i}`} d={dd} class={`board-path-${s.kind} ${cls}`} /> : null;
    });
  return (
    <svg class="board-path" width={size[0]} height={size[1]} aria-hidden="true" focusable="false">
      {ghost && draw(ghost, 'is-ghost', 4)}
      {draw(path, 'is-yours', 0)}
    </svg>
  );
}
