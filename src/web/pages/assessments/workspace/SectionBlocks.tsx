import { Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FrameworkItem, FrameworkSection } from '../../../../shared/schemas/framework-format';

const headingOrder = (depth: number) => Math.min(2 + depth, 5) as TitleOrder;

export const sectionLabel = (section: { code?: string | null; title: string }) =>
  section.code ? `${section.code}. ${section.title}` : section.title;

type Props = {
  sections: FrameworkSection[];
  renderItem: (item: FrameworkItem, headingOrder: TitleOrder) => ReactNode;
  /** Shown after everything inside the section, e.g. its reflection prompts. */
  renderAfter?: (section: FrameworkSection, headingOrder: TitleOrder) => ReactNode;
  depth?: number;
};

/** The covered sections in document order, each under a heading one level below its parent's. */
export function SectionBlocks({ sections, renderItem, renderAfter, depth = 0 }: Props) {
  return (
    <Stack gap="lg">
      {sections.map((section) => (
        <Stack key={section.key} gap="sm">
          <Title order={headingOrder(depth)} fz={depth === 0 ? 'xl' : 'lg'} mt={depth === 0 ? 'md' : 0}>
            {sectionLabel(section)}
          </Title>
          {section.description && (
            <Text size="sm" c="gray.7">
              {section.description}
            </Text>
          )}
          {section.items.filter((i) => i.rated).map((item) => renderItem(item, headingOrder(depth + 1)))}
          {section.sections.length > 0 && (
            <SectionBlocks
              sections={section.sections}
              renderItem={renderItem}
              renderAfter={renderAfter}
              depth={depth + 1}
            />
          )}
          {renderAfter?.(section, headingOrder(depth + 1))}
        </Stack>
      ))}
    </Stack>
  );
}
