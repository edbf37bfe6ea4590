/**
 * Places numbered dots on a chart so that none overlaps another: candidates often share the same
 * scores (impact 4, speed + cost 8), and a projector must show each one. Coordinates are in a box
 * `width` × `height` (any unit); every dot has the same radius. Dots start at their target (those
 * with the same target spread on a small ring) and are pushed apart pairwise until no two overlap,
 * staying inside the box. Deterministic: the same input gives the same picture.
 */
export interface DotTarget {
  x: number;
  y: number;
}

export interface DotBox {
  width: number;
  height: number;
  radius: number;
  /** Extra space kept between two dots, in the same unit. */
  gap?: number;
  /** Boxes no dot may cover (the quadrants' names in their corners), in the same unit. */
  avoid?: readonly DotRect[];
}

export interface DotRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Moves a dot out of a box it covers, by the shortest way; null when it does not cover it. */
const outOf = (p: DotTarget, r: DotRect, clearance: number): DotTarget | null => {
  const nearX = clamp(p.x, r.x, r.x + r.width);
  const nearY = clamp(p.y, r.y, r.y + r.height);
  const dx = p.x - nearX;
  const dy = p.y - nearY;
  const distance = Math.hypot(dx, dy);
  if (distance >= clearance - 1e-9) return null;
  if (distance > 1e-9) return { x: nearX + (dx / distance) * clearance, y: nearY + (dy / distance) * clearance };
  // The centre is inside the box: out through the nearest side.
  const ways = [
    { d: p.x - r.x, to: { x: r.x - clearance, y: p.y } },
    { d: r.x + r.width - p.x, to: { x: r.x + r.width + clearance, y: p.y } },
    { d: p.y - r.y, to: { x: p.x, y: r.y - clearance } },
    { d: r.y + r.height - p.y, to: { x: p.x, y: r.y + r.height + clearance } },
  ];
  return ways.reduce((best, way) => (way.d < best.d ? way : best)).to;
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export const layoutDots = (targets: readonly DotTarget[], box: DotBox): DotTarget[] => {
  const { width, height, radius } = box;
  const minDistance = 2 * radius + (box.gap ?? 0);
  const inside = (p: DotTarget): DotTarget => ({ x: clamp(p.x, radius, width - radius), y: clamp(p.y, radius, height - radius) });

  // Dots aiming at the same spot start on a ring around it, in input order.
  const groups = new Map<string, number[]>();
  targets.forEach((t, i) => {
    const key = `${t.x.toFixed(3)}|${t.y.toFixed(3)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const placed: DotTarget[] = targets.map((t) => inside(t));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const ring = (minDistance * members.length) / (2 * Math.PI) + 0.01;
    members.forEach((index, k) => {
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      const t = targets[index] as DotTarget;
      placed[index] = inside({ x: t.x + ring * Math.cos(angle), y: t.y + ring * Math.sin(angle) });
    });
  }

  for (let round = 0; round < 400; round += 1) {
    let moved = false;
    for (let i = 0; i < placed.length; i += 1) {
      for (let j = i + 1; j < placed.length; j += 1) {
        const a = placed[i] as DotTarget;
        const b = placed[j] as DotTarget;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance - 1e-9) continue;
        if (distance < 1e-9) {
          // Exactly on top of each other: separate along a fixed direction per pair.
          const angle = ((i * 7 + j * 13) % 12) * (Math.PI / 6);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        const push = (minDistance - Math.hypot(b.x - a.x, b.y - a.y)) / 2 + 1e-6;
        const ux = dx / distance;
        const uy = dy / distance;
        placed[i] = inside({ x: a.x - ux * push, y: a.y - uy * push });
        placed[j] = inside({ x: b.x + ux * push, y: b.y + uy * push });
        moved = true;
      }
    }
    for (let i = 0; i < placed.length; i += 1) {
      for (const rect of box.avoid ?? []) {
        const out = outOf(placed[i] as DotTarget, rect, radius + (box.gap ?? 0) / 2);
        if (!out) continue;
        placed[i] = inside(out);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return placed;
};

/** True when two dots of the layout overlap (used by the tests and to decide a fallback). */
export const dotsOverlap = (dots: readonly DotTarget[], radius: number): boolean =>
  dots.some((a, i) => dots.some((b, j) => j > i && Math.hypot(a.x - b.x, a.y - b.y) < 2 * radius - 1e-6));
