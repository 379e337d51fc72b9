import { Box, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { FrameworkLevel, FrameworkSection } from '../../../../shared/schemas/framework-format';
import { useTranslation } from '../../../i18n';
import { headingOrder, ItemBlock } from './ItemBlock';

export function sectionLabel(section: Pick<FrameworkSection, 'code' | 'title'>) {
  return section.code ? `${section.code}. ${section.title}` : section.title;
}

export const sectionAnchor = (key: string) => `fw-s-${key}`;

/** A section and everything below it; headings follow the depth so the outline reads in order. */
export function SectionView({
  section,
  levels,
  depth,
}: {
  section: FrameworkSection;
  levels: FrameworkLevel[];
  depth: number;
}) {
  const { t } = useTranslation();
  const id = sectionAnchor(section.key);
  return (
    <Box
      component="section"
      aria-labelledby={id}
      className={depth === 0 ? 'framework-section-top' : undefined}
      mt={depth === 0 ? 40 : 'lg'}
    >
      <div className="framework-heading-group">
        {section.kind && (
          <Text size="xs" fw={700} tt="uppercase" c="gray.7" style={{ letterSpacing: 0.6 }}>
            {section.kind}
          </Text>
        )}
        <Title
          order={headingOrder(depth + 2)}
          size={depth === 0 ? 'h2' : 'h3'}
          id={id}
          className="framework-section-heading"
          mb="xs"
        >
          {sectionLabel(section)}
        </Title>
      </div>
      {section.description && (
        <Text size="sm" maw={820} mb="sm">
          {section.description}
        </Text>
      )}
      <Stack gap="md">
        {section.items.map((item) => (
          <ItemBlock key={item.key} item={item} levels={levels} order={headingOrder(depth + 3)} />
        ))}
      </Stack>
      {section.sections.map((child) => (
        <SectionView key={child.key} section={child} levels={levels} depth={depth + 1} />
      ))}
      {section.reflectionPrompts.length > 0 && (
        <Paper className="framework-section-prompts" bg="throughline.0" p="md" mt="md">
          <Text size="sm" fw={650}>
            {t('frameworks.reader.reflection')}
          </Text>
          <List size="sm" spacing={2} mt={2}>
            {section.reflectionPrompts.map((prompt) => (
              <List.Item key={prompt}>{prompt}</List.Item>
            ))}
          </List>
          <Box
            className="framework-print-only"
            mt={6}
            h={90}
            aria-hidden="true"
            style={{
              border: '1px dashed var(--mantine-color-gray-5)',
              borderRadius: 'var(--mantine-radius-sm)',
            }}
          />
        </Paper>
      )}
    </Box>
  );
}

/** A taxonomy is a coding scheme, not a rubric: each domain with its practices and their codes. */
export function TaxonomyView({ sections }: { sections: FrameworkSection[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" mt="xl">
      {sections.map((section) => {
        const id = sectionAnchor(section.key);
        return (
          <Paper withBorder p="lg" key={section.key} component="section" aria-labelledby={id}>
            {section.kind && (
              <Text size="xs" fw={700} tt="uppercase" c="gray.7" style={{ letterSpacing: 0.6 }}>
                {section.kind}
              </Text>
            )}
            <Title order={2} id={id} className="framework-section-heading">
              {sectionLabel(section)}
            </Title>
            {section.description && (
              <Text size="sm" mt="xs" maw={820}>
                {section.description}
              </Text>
            )}
            {section.items.length > 0 && (
              <>
                <Text size="sm" fw={650} mt="md">
                  {t('frameworks.reader.practices')}
                </Text>
                <Box
                  component="dl"
                  m={0}
                  mt={4}
                  style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px' }}
                >
                  {section.items.map((item) => (
                    <Box key={item.key} style={{ display: 'contents' }}>
                      <Text component="dt" fw={700} c="throughline.8" size="sm">
                        {item.code ?? ''}
                      </Text>
                      <Text component="dd" m={0} size="sm">
                        {item.title}
                        {item.text && (
                          <Text span size="sm" c="gray.7" display="block">
                            {item.text}
                          </Text>
                        )}
                      </Text>
                    </Box>
                  ))}
                </Box>
              </>
            )}
            {section.sections.length > 0 && <TaxonomyView sections={section.sections} />}
          </Paper>
        );
      })}
    </Stack>
  );
}
