import { describe, expect, it } from 'vitest';
import { type FishboneLayout, fishboneLayout, fishboneMetrics, textWidth, wrapText } from './fishboneLayout';

describe('wrapText', () => {
  it('breaks at words within the line length', () => {
    expect(wrapText('Two teachers are new and one is a long term substitute', 20, 4)).toEqual([
      'Two teachers are new',
      'and one is a long',
      'term substitute',
    ]);
  });

  it('cuts what does not fit in the lines allowed and marks the cut', () => {
    const lines = wrapText('School culture is not supportive of new staff and induction is weak', 20, 2);
    expect(lines).toEqual(['School culture is', 'not supportive of…']);
  });

  it('splits a word longer than a line', () => {
    expect(wrapText('abcdefghijkl', 5, 3)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('abcdefghijkl', 5, 2)).toEqual(['abcde', 'fghi…']);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('   ', 10, 2)).toEqual([]);
  });
});

const within = (layout: FishboneLayout, x: number, y: number) =>
  x >= layout.viewBox.x &&
  x <= layout.viewBox.x + layout.viewBox.width &&
  y >= layout.viewBox.y &&
  y <= layout.viewBox.y + layout.viewBox.height;

const causes = (n: number, text = 'A cause with a fairly long description of what happens') =>
  Array.from({ length: n }, (_, i) => ({ text: `${text} ${i + 1}` }));

describe('fishboneLayout', () => {
  const layout = fishboneLayout({
    problem: 'Low student math performance in seventh grade',
    categories: [
      { name: 'Leadership', causes: causes(3) },
      { name: 'Staff and talent', causes: causes(1) },
      { name: 'Curriculum and instruction', causes: causes(4) },
      { name: 'Climate and culture', causes: [] },
      { name: 'Students and families', causes: causes(2) },
    ],
  });

  it('alternates the bones above and below the spine, each meeting it', () => {
    expect(layout.bones.map((b) => b.side)).toEqual(['top', 'bottom', 'top', 'bottom', 'top']);
    for (const bone of layout.bones) {
      expect(bone.line.y2).toBe(layout.spine.y1);
      if (bone.side === 'top') expect(bone.line.y1).toBeLessThan(layout.spine.y1);
      else expect(bone.line.y1).toBeGreaterThan(layout.spine.y1);
      // Slanting toward the head.
      expect(bone.line.x2).toBeGreaterThan(bone.line.x1);
    }
  });

  it('runs the spine into the head, right of every bone', () => {
    expect(layout.spine.x2).toBe(layout.head.x);
    for (const bone of layout.bones) expect(bone.line.x2).toBeLessThan(layout.head.x);
    expect(layout.head.text.lines.map((l) => l.text).join(' ')).toBe(
      'Low student math performance in seventh grade',
    );
  });

  it('puts each cause on its own bone, on its side of the spine, without overlapping the next', () => {
    for (const bone of layout.bones) {
      const ys = bone.causes.map((c) => c.tick.y1);
      for (const y of ys) expect(bone.side === 'top' ? y < layout.spine.y1 : y > layout.spine.y1).toBe(true);
      const sorted = [...ys].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(fishboneMetrics.lineHeight);
    }
    expect(layout.bones[2].causes).toHaveLength(4);
  });

  it('keeps neighbouring columns apart: cause text ends before the bone to its left', () => {
    const [first, , third] = layout.bones;
    for (const cause of third.causes) {
      const widest = Math.max(...cause.text.lines.map((l) => textWidth(l.text, fishboneMetrics.causeFont)));
      const y = cause.tick.y1;
      const leftBoneX = first.line.x2 - (layout.spine.y1 - y) * fishboneMetrics.slope;
      expect(cause.text.x - widest).toBeGreaterThan(leftBoneX);
    }
  });

  it('fits everything it draws inside the view box', () => {
    for (const bone of layout.bones) {
      expect(within(layout, bone.label.x, bone.label.y)).toBe(true);
      expect(within(layout, bone.label.x + bone.label.width, bone.label.y + bone.label.height)).toBe(true);
      for (const cause of bone.causes) {
        const widest = Math.max(...cause.text.lines.map((l) => textWidth(l.text, fishboneMetrics.causeFont)));
        for (const line of cause.text.lines) expect(within(layout, cause.text.x - widest, line.y)).toBe(true);
      }
    }
    expect(within(layout, layout.head.x + layout.head.width, layout.head.y + layout.head.height)).toBe(true);
    expect(within(layout, layout.spine.x1, layout.spine.y1)).toBe(true);
  });

  it('draws a problem with no categories as a spine and a head', () => {
    const bare = fishboneLayout({ problem: 'Chronic absence', categories: [] });
    expect(bare.bones).toEqual([]);
    expect(bare.spine.x2).toBe(bare.head.x);
    expect(bare.viewBox.width).toBeGreaterThan(bare.head.width);
  });
});
