import { Badge, Box, Button, Group, NavLink, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FrameworkSection } from '../../../../shared/schemas/framework-format';
import { useTranslation } from '../../../i18n';
import { itemLabel } from '../reader/ItemBlock';
import { sectionLabel } from '../reader/SectionView';
import { useEditor } from './context';
import { newSection, pathPrefix, type Selection, sameSelection, uniqueKey } from './draft';

/** A node of the outline: a button that shows its form, marked when it is shown and when it has problems. */
function Node({
  selection,
  label,
  depth,
  strong,
  children,
}: {
  selection: Selection;
  label: string;
  depth: number;
  strong?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const editor = useEditor();
  const active = sameSelection(editor.selection, selection);
  const prefix = pathPrefix(selection);
  // Problems of a node itself, not of the nodes below it (those carry their own marks).
  const problems = editor.issues.filter((i) => {
    const path = i.path.replace(/^definition\./, '');
    if (selection.kind === 'details') return !path.startsWith('levels') && !path.startsWith('sections.');
    if (!path.startsWith(prefix) && `${path}.` !== prefix) return false;
    const rest = path.slice(prefix.length);
    return selection.kind !== 'section' || !/^(sections|items)\.\d/.test(rest);
  }).length;
  return (
    <li>
      <NavLink
        component="button"
        type="button"
        active={active}
        aria-current={active ? 'true' : undefined}
        variant="light"
        onClick={() => editor.select(selection)}
        label={
          <Text size="sm" fw={strong || active ? 600 : 400} lineClamp={2}>
            {label}
          </Text>
        }
        rightSection={
          problems > 0 ? (
            <Badge color="red" variant="light" c="red.9" size="sm" tt="none">
              {t('frameworks.editor.hasProblems', { count: problems })}
            </Badge>
          ) : undefined
        }
        pl={12 + depth * 16}
        py={4}
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      />
      {children}
    </li>
  );
}

function Sections({
  sections,
  path,
  depth,
}: {
  sections: FrameworkSection[];
  path: number[];
  depth: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      {sections.map((section, index) => {
        const here = [...path, index];
        return (
          <Node
            key={`${section.key}-${here.join('.')}`}
            selection={{ kind: 'section', path: here }}
            label={sectionLabel({ ...section, title: section.title || t('frameworks.editor.untitled') })}
            depth={depth}
            strong
          >
            {(section.items.length > 0 || section.sections.length > 0) && (
              <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {section.items.map((item, i) => (
                  <Node
                    // Keys may repeat while an author is still editing them; the place is unique.
                    // biome-ignore lint/suspicious/noArrayIndexKey: see above
                    key={`${item.key}-${i}`}
                    selection={{ kind: 'item', path: here, index: i }}
                    label={itemLabel({ ...item, title: item.title || t('frameworks.editor.untitled') })}
                    depth={depth + 1}
                  />
                ))}
                <Sections sections={section.sections} path={here} depth={depth + 1} />
              </Box>
            )}
          </Node>
        );
      })}
    </>
  );
}

/** The framework as a tree; choosing a node opens its form beside the tree. */
export function Outline() {
  const { t } = useTranslation();
  const editor = useEditor();
  const { framework } = editor;
  const addSection = () => {
    const key = uniqueKey(framework, 'section');
    editor.update((draft) => {
      draft.sections.push(newSection(key, t('frameworks.editor.newSection')));
    });
    editor.select({ kind: 'section', path: [framework.sections.length] });
  };
  return (
    <Box component="nav" aria-label={t('frameworks.editor.outlineLabel')}>
      <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        <Node selection={{ kind: 'details' }} label={t('frameworks.editor.details')} depth={0} strong />
        <Node selection={{ kind: 'levels' }} label={t('frameworks.editor.levels')} depth={0} strong />
        <Sections sections={framework.sections} path={[]} depth={0} />
      </Box>
      <Group mt="sm">
        <Button variant="default" size="xs" onClick={addSection}>
          {t('frameworks.editor.addSection')}
        </Button>
      </Group>
    </Box>
  );
}
