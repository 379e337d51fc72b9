/**
 * Geometry of a fishbone (Ishikawa) diagram: a spine running right to the problem at the head, category
 * bones alternating above and below and slanting toward the head, and each cause a short tick on its bone
 * with its text to the left. Text is wrapped by an estimate of character width (no DOM measuring), so the
 * layout is a pure function of the data.
 */

export type FishboneInput = {
  problem: string;
  categories: { name: string; causes: { text: string }[] }[];
};

export type TextBlock = { x: number; lines: { y: number; text: string }[] };
export type Box = { x: number; y: number; width: number; height: number };
export type Line = { x1: number; y1: number; x2: number; y2: number };

export type FishboneLayout = {
  viewBox: { x: number; y: number; width: number; height: number };
  spine: Line;
  head: Box & { text: TextBlock };
  bones: {
    side: 'top' | 'bottom';
    line: Line;
    label: Box & { text: TextBlock };
    causes: { tick: Line; text: TextBlock }[];
  }[];
};

export const fishboneMetrics = {
  causeFont: 12,
  labelFont: 13,
  headFont: 14,
  lineHeight: 15,
  /** Characters per line and lines at most, for causes, category names and the problem. */
  cause: { chars: 24, lines: 3 },
  label: { chars: 18, lines: 2 },
  head: { chars: 19, lines: 8 },
  /** Horizontal distance between neighbouring bones; wider than a cause's text, so columns never overlap. */
  column: 215,
  /** Horizontal run of a bone per unit of height. */
  slope: 0.3,
  tick: 16,
  gap: 6,
  labelPadding: 8,
  headWidth: 180,
  margin: 12,
};

const m = fishboneMetrics;

/** Breaks text into at most `maxLines` lines of about `maxChars`; an over-long word is split, a cut ends in "…". */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let cut = false;
  for (let i = 0; i < words.length; i++) {
    let word = words[i];
    while (word.length > maxChars) {
      if (current) {
        lines.push(current);
        current = '';
      }
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
    }
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
    if (lines.length >= maxLines) {
      cut = lines.length > maxLines || current !== '' || i < words.length - 1;
      current = '';
      break;
    }
  }
  if (current) lines.push(current);
  const kept = lines.slice(0, maxLines);
  if (cut || lines.length > maxLines) {
    const last = kept[kept.length - 1] ?? '';
    kept[kept.length - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  }
  return kept;
}

/** Estimated width of a line of text at a font size; generous, so text stays inside its space. */
export const textWidth = (text: string, fontSize: number, bold = false) =>
  text.length * fontSize * (bold ? 0.62 : 0.56);

const textBlock = (x: number, centerY: number, lines: string[]): TextBlock => ({
  x,
  lines: lines.map((text, i) => ({ y: centerY + (i - (lines.length - 1) / 2) * m.lineHeight, text })),
});

const causeHeight = (lines: number) => lines * m.lineHeight + m.gap * 2;

export function fishboneLayout({ problem, categories }: FishboneInput): FishboneLayout {
  const wrapped = categories.map((category) => ({
    label: wrapText(category.name, m.label.chars, m.label.lines),
    causes: category.causes.map((cause) => wrapText(cause.text, m.cause.chars, m.cause.lines)),
  }));
  const boneLength = (side: 0 | 1) =>
    Math.max(
      60,
      ...wrapped
        .filter((_, i) => i % 2 === side)
        .map((c) => c.causes.reduce((sum, lines) => sum + causeHeight(lines.length), m.gap * 2)),
    );
  const topLength = boneLength(0);
  const bottomLength = boneLength(1);
  const labelHeight = m.label.lines * m.lineHeight + m.labelPadding * 2;
  const spineY = labelHeight + topLength;
  const columns = Math.max(1, Math.ceil(categories.length / 2));

  const bones = wrapped.map((category, i) => {
    const side = i % 2 === 0 ? ('top' as const) : ('bottom' as const);
    const length = side === 'top' ? topLength : bottomLength;
    const direction = side === 'top' ? -1 : 1;
    const joinX = (Math.floor(i / 2) + 1) * m.column;
    const boneX = (y: number) => joinX - Math.abs(spineY - y) * m.slope;
    const endY = spineY + direction * length;
    const labelWidth =
      Math.max(...category.label.map((l) => textWidth(l, m.labelFont, true)), 40) + m.labelPadding * 2;
    const labelY = side === 'top' ? endY - labelHeight : endY;
    // Causes fill the bone from its outer end toward the spine.
    let offset = m.gap;
    const causes = category.causes.map((lines) => {
      const height = causeHeight(lines.length);
      const y = endY - direction * (offset + height / 2);
      offset += height;
      const x = boneX(y);
      return {
        tick: { x1: x - m.tick, y1: y, x2: x, y2: y },
        text: textBlock(x - m.tick - 4, y, lines),
      };
    });
    return {
      side,
      line: { x1: boneX(endY), y1: endY, x2: joinX, y2: spineY },
      label: {
        x: boneX(endY) - labelWidth / 2,
        y: labelY,
        width: labelWidth,
        height: labelHeight,
        text: textBlock(boneX(endY), labelY + labelHeight / 2, category.label),
      },
      causes,
    };
  });

  const headLines = wrapText(problem, m.head.chars, m.head.lines);
  const headHeight = Math.max(headLines.length * m.lineHeight + 20, 48);
  const headX = columns * m.column + 30;
  const head = {
    x: headX,
    y: spineY - headHeight / 2,
    width: m.headWidth,
    height: headHeight,
    text: textBlock(headX + m.headWidth / 2, spineY, headLines),
  };
  const spine = { x1: Math.min(40, m.column - topLength * m.slope - 20), y1: spineY, x2: headX, y2: spineY };

  // Bounds: everything drawn, with the causes' text reaching left of its anchor.
  const xs = [spine.x1, head.x + head.width];
  const ys = [head.y, head.y + head.height, spineY];
  for (const bone of bones) {
    xs.push(bone.label.x, bone.label.x + bone.label.width);
    ys.push(bone.label.y, bone.label.y + bone.label.height);
    for (const cause of bone.causes) {
      const widest = Math.max(...cause.text.lines.map((l) => textWidth(l.text, m.causeFont)));
      xs.push(cause.text.x - widest);
      ys.push(
        ...cause.text.lines.map((l) => l.y - m.lineHeight / 2),
        ...cause.text.lines.map((l) => l.y + m.lineHeight / 2),
      );
    }
  }
  const minX = Math.min(...xs) - m.margin;
  const minY = Math.min(...ys) - m.margin;
  return {
    viewBox: {
      x: minX,
      y: minY,
      width: Math.max(...xs) + m.margin - minX,
      height: Math.max(...ys) + m.margin - minY,
    },
    spine,
    head,
    bones,
  };
}
