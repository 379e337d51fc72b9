import { Button, Modal, Stack } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { type FishboneInput, fishboneLayout, fishboneMetrics, type TextBlock } from './fishboneLayout';
import { useOverflow } from './useOverflow';

const colors = {
  spine: '#343a40',
  bone: '#0f666d',
  tick: '#495057',
  text: '#212529',
  labelFill: '#e6f6f7',
  headFill: '#0f666d',
  headText: '#ffffff',
};

function Lines({ block, ...props }: { block: TextBlock } & React.SVGProps<SVGTextElement>) {
  return (
    <text {...props}>
      {block.lines.map((line) => (
        <tspan key={`${line.y}`} x={block.x} y={line.y} dominantBaseline="central">
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

/** Narrower than this share of its drawn size, the diagram scrolls sideways rather than shrink its text further. */
const minScale = 0.65;

type Props = FishboneInput & { title: string };

/**
 * The fishbone as a picture, fitted to the page, with a button to see it full size. It is one image to
 * assistive technology, named by its title; the same categories and causes are always shown as text beside it.
 */
export function FishboneDiagram(props: Props) {
  const { t } = useTranslation();
  const [large, setLarge] = useState(false);
  return (
    <Stack gap={4} align="flex-start">
      <ScrollBox>
        <FishboneSvg {...props} fit />
      </ScrollBox>
      <Button variant="subtle" size="compact-sm" onClick={() => setLarge(true)}>
        {t('planNeeds.fishbone.enlarge')}
      </Button>
      <Modal
        opened={large}
        onClose={() => setLarge(false)}
        title={t('planNeeds.fishbone.enlargeTitle')}
        size="auto"
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <ScrollBox>
          <FishboneSvg {...props} fit={false} />
        </ScrollBox>
      </Modal>
    </Stack>
  );
}

/** Scrolls sideways when the drawing is wider; only then is it a named stop for the keyboard. */
function ScrollBox({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const scroller = useOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroller.ref}
      style={{ overflowX: 'auto', width: '100%' }}
      {...(scroller.overflows
        ? { tabIndex: 0, role: 'region', 'aria-label': t('planNeeds.fishbone.scroll') }
        : {})}
    >
      {children}
    </div>
  );
}

/** The drawing itself: fitted to its container (within limits), or at its own size. */
function FishboneSvg({ title, fit, ...input }: Props & { fit: boolean }) {
  const titleId = useId();
  const markerId = useId();
  const layout = fishboneLayout(input);
  const { viewBox: v } = layout;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      viewBox={`${v.x} ${v.y} ${v.width} ${v.height}`}
      width={fit ? '100%' : v.width}
      height={fit ? undefined : v.height}
      style={
        fit
          ? { maxWidth: v.width, minWidth: v.width * minScale, height: 'auto', display: 'block' }
          : { display: 'block' }
      }
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
    >
      <title id={titleId}>{title}</title>
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto"
        >
          <path d="M0 0L10 5L0 10z" fill={colors.spine} />
        </marker>
      </defs>
      <line {...layout.spine} stroke={colors.spine} strokeWidth={3} markerEnd={`url(#${markerId})`} />
      {layout.bones.map((bone, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: bones are drawn in category order and never reorder in place.
        <g key={i}>
          <line {...bone.line} stroke={colors.bone} strokeWidth={2} />
          {bone.causes.map((cause) => (
            <g key={`${cause.tick.y1}`}>
              <line {...cause.tick} stroke={colors.tick} strokeWidth={1.5} />
              <Lines
                block={cause.text}
                textAnchor="end"
                fontSize={fishboneMetrics.causeFont}
                fill={colors.text}
              />
            </g>
          ))}
          <rect
            x={bone.label.x}
            y={bone.label.y}
            width={bone.label.width}
            height={bone.label.height}
            rx={6}
            fill={colors.labelFill}
            stroke={colors.bone}
          />
          <Lines
            block={bone.label.text}
            textAnchor="middle"
            fontSize={fishboneMetrics.labelFont}
            fontWeight={650}
            fill={colors.text}
          />
        </g>
      ))}
      <rect
        x={layout.head.x}
        y={layout.head.y}
        width={layout.head.width}
        height={layout.head.height}
        rx={8}
        fill={colors.headFill}
      />
      <Lines
        block={layout.head.text}
        textAnchor="middle"
        fontSize={fishboneMetrics.headFont}
        fontWeight={650}
        fill={colors.headText}
      />
    </svg>
  );
}
