import { Box, Paper, Text } from '@mantine/core';
import type { FrameworkSection } from '../../../../shared/schemas/framework-format';
import { useTranslation } from '../../../i18n';
import { sectionAnchor, sectionLabel } from './SectionView';

function Entries({ sections, depth }: { sections: FrameworkSection[]; depth: number }) {
  return (
    <Box component="ul" m={0} p={0} pl={depth ? 'sm' : 0} style={{ listStyle: 'none' }}>
      {sections.map((section) => (
        <li key={section.key}>
          <Text
            component="a"
            href={`#${sectionAnchor(section.key)}`}
            size="sm"
            fw={depth === 0 ? 600 : 400}
            c={depth === 0 ? 'throughline.8' : 'gray.8'}
            display="block"
            py={3}
            style={{ textDecoration: 'none' }}
          >
            {sectionLabel(section)}
          </Text>
          {depth === 0 && section.sections.length > 0 && (
            <Entries sections={section.sections} depth={depth + 1} />
          )}
        </li>
      ))}
    </Box>
  );
}

/** Jumps to the sections of a long rubric; two levels deep, which is where readers look for their place. */
export function Contents({ sections, sticky = false }: { sections: FrameworkSection[]; sticky?: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper
      component="nav"
      aria-label={t('frameworks.reader.contents')}
      withBorder
      p="md"
      className="framework-no-print"
      style={
        sticky
          ? { position: 'sticky', top: 84, maxHeight: 'calc(100vh - 104px)', overflowY: 'auto' }
          : undefined
      }
    >
      <Text size="xs" fw={700} tt="uppercase" c="gray.7" mb={6} style={{ letterSpacing: 0.6 }}>
        {t('frameworks.reader.contents')}
      </Text>
      <Entries sections={sections} depth={0} />
    </Paper>
  );
}
