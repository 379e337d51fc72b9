import {
  Alert,
  Box,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { type FrameworkIssue, validateFramework } from '../../../../shared/frameworks/validate';
import type { FrameworkDetail } from '../../../../shared/schemas/framework';
import type { FrameworkFile } from '../../../../shared/schemas/framework-format';
import { ApiError } from '../../../api/client';
import { AnchorLink } from '../../../components/links';
import { useTranslation } from '../../../i18n';
import { StatusMessage } from '../../admin/common/StatusMessage';
import { useSaveFramework } from '../api';
import { FrameworkBadges } from '../badges';
import { filePath } from '../manage/IssueList';
import { itemLabel } from '../reader/ItemBlock';
import { sectionLabel } from '../reader/SectionView';
import { EditorContext, type EditorState } from './context';
import { DetailsForm } from './DetailsForm';
import { exists, locate, type Selection, sectionAt } from './draft';
import { ItemForm } from './ItemForm';
import { LevelsForm } from './LevelsForm';
import { Outline } from './Outline';
import { SectionForm } from './SectionForm';

/** Names the place an issue points at, so the list at the top reads as directions. */
function usePlace(framework: FrameworkFile) {
  const { t } = useTranslation();
  return (selection: Selection) => {
    try {
      if (selection.kind === 'details') return t('frameworks.editor.details');
      if (selection.kind === 'levels') return t('frameworks.editor.levels');
      const section = sectionAt(framework, selection.path);
      if (selection.kind === 'section')
        return t('frameworks.editor.section', { name: sectionLabel(section) });
      return t('frameworks.editor.item', { name: itemLabel(section.items[selection.index]) });
    } catch {
      return t('frameworks.editor.details');
    }
  };
}

/**
 * Two panes: the outline, and the form of the chosen part. The draft is checked here with the server's own
 * rules before it is sent; problems found either way are listed at the top and beside their fields.
 */
export function Editor({ framework: loaded, reload }: { framework: FrameworkDetail; reload: () => void }) {
  const { t } = useTranslation();
  const save = useSaveFramework(loaded.id);
  const [draft, setDraft] = useState<FrameworkFile>(loaded.definition);
  const [revision, setRevision] = useState(loaded.revision);
  const [dirty, setDirty] = useState(false);
  const [checking, setChecking] = useState(false);
  const [issues, setIssues] = useState<FrameworkIssue[]>([]);
  const [selection, setSelection] = useState<Selection>({ kind: 'details' });
  const [saved, setSaved] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const place = usePlace(draft);
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const blocker = useBlocker({
    shouldBlockFn: () => dirty,
    enableBeforeUnload: () => dirty,
    withResolver: true,
  });

  const change = (next: FrameworkFile) => {
    setDraft(next);
    setDirty(true);
    setSaved(false);
    // Once problems are on screen, they follow the edits, so fixed ones disappear as they are fixed.
    if (checking) {
      const result = validateFramework(next);
      setIssues(result.ok ? [] : result.issues);
    }
  };
  const current = exists(draft, selection) ? selection : ({ kind: 'details' } as const);
  const state: EditorState = { framework: draft, change, issues, selection: current, select: setSelection };

  const showProblems = (found: FrameworkIssue[]) => {
    setIssues(found);
    setChecking(true);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };
  const submit = () => {
    setSaved(false);
    const result = validateFramework(draft);
    if (!result.ok) return showProblems(result.issues);
    save.mutate(
      { definition: result.framework, revision },
      {
        onSuccess: (stored) => {
          setDraft(stored.definition);
          setRevision(stored.revision);
          setDirty(false);
          setIssues([]);
          setChecking(false);
          setSaved(true);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400 && error.issues.length)
            showProblems(error.issues);
        },
      },
    );
  };
  const goTo = (issue: FrameworkIssue) => {
    setSelection(locate(issue.path).selection);
    requestAnimationFrame(() => {
      const heading = formRef.current?.querySelector('h2');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    });
  };

  return (
    <EditorContext.Provider value={state}>
      <Stack gap={6} mb="md">
        <nav aria-label={t('frameworks.editor.trail')}>
          <Breadcrumbs separator="›" separatorMargin={6}>
            <AnchorLink to="/frameworks" size="sm">
              {t('frameworks.library.title')}
            </AnchorLink>
            <AnchorLink to="/frameworks/$frameworkId" params={{ frameworkId: loaded.id }} size="sm">
              {draft.title}
            </AnchorLink>
          </Breadcrumbs>
        </nav>
        <Title order={1}>{t('frameworks.editor.title', { title: draft.title || loaded.title })}</Title>
        <FrameworkBadges framework={loaded} withAvailability={false} />
      </Stack>
      <Paper withBorder p="sm" mb="md" shadow="xs" style={{ position: 'sticky', top: 72, zIndex: 20 }}>
        <Group justify="space-between" gap="sm">
          <Text size="sm" c={dirty ? 'dark.7' : 'gray.7'} fw={dirty ? 600 : 400} role="status">
            {dirty ? t('frameworks.editor.unsaved') : t('frameworks.editor.allSaved')}
          </Text>
          <Group gap="sm">
            <AnchorLink to="/frameworks/$frameworkId" params={{ frameworkId: loaded.id }} size="sm">
              {t('frameworks.editor.preview')}
            </AnchorLink>
            <Button onClick={submit} loading={save.isPending}>
              {t('frameworks.editor.save')}
            </Button>
          </Group>
        </Group>
      </Paper>
      <Stack gap="md" mb="md">
        {saved && (
          <StatusMessage onClose={() => setSaved(false)}>{t('frameworks.editor.saved')}</StatusMessage>
        )}
        {conflict && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={t('frameworks.editor.conflict')}
            styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
          >
            <Text size="sm">{t('frameworks.editor.conflictBody')}</Text>
            <Button variant="default" size="xs" mt="sm" onClick={reload}>
              {t('app.reload')}
            </Button>
          </Alert>
        )}
        {save.error && !conflict && !(save.error instanceof ApiError && save.error.issues.length) && (
          <Alert color="red" variant="light" role="alert">
            {save.error.message}
          </Alert>
        )}
        {issues.length > 0 && (
          <Alert
            ref={summaryRef}
            tabIndex={-1}
            color="red"
            variant="light"
            role="alert"
            title={t('frameworks.editor.problemsTitle', { count: issues.length })}
            styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
          >
            <Box component="ul" m={0} pl="md">
              {issues.map((issue) => {
                const target = place(locate(issue.path).selection);
                return (
                  <li key={`${issue.path}\n${issue.message}`}>
                    <UnstyledButton
                      onClick={() => goTo(issue)}
                      aria-label={`${t('frameworks.editor.problemAt', { place: target })}: ${issue.message}`}
                      fz="sm"
                      c="throughline.8"
                      td="underline"
                      ta="left"
                    >
                      {target}
                    </UnstyledButton>{' '}
                    <Text span size="sm" c="gray.7">
                      ({filePath(issue.path) || t('frameworks.manage.wholeFile')})
                    </Text>{' '}
                    <Text span size="sm">
                      — {issue.message}
                    </Text>
                  </li>
                );
              })}
            </Box>
          </Alert>
        )}
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper
            withBorder
            p="sm"
            component="section"
            aria-labelledby="editor-outline"
            style={{ position: 'sticky', top: 140, maxHeight: 'calc(100vh - 160px)', overflowY: 'auto' }}
          >
            <Title order={2} size="h3" id="editor-outline" mb="xs" px={4}>
              {t('frameworks.editor.outline')}
            </Title>
            <Outline />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="lg" ref={formRef}>
            <SelectedForm selection={current} />
          </Paper>
        </Grid.Col>
      </Grid>
      <Modal
        closeButtonProps={{ 'aria-label': t('app.close') }}
        opened={blocker.status === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('frameworks.editor.leaveTitle')}
      >
        <Text size="sm">{t('frameworks.editor.leaveBody')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('frameworks.editor.stay')}
          </Button>
          <Button color="red.9" onClick={() => blocker.proceed?.()}>
            {t('frameworks.editor.leave')}
          </Button>
        </Group>
      </Modal>
    </EditorContext.Provider>
  );
}

function SelectedForm({ selection }: { selection: Selection }) {
  switch (selection.kind) {
    case 'details':
      return <DetailsForm />;
    case 'levels':
      return <LevelsForm />;
    case 'section':
      return <SectionForm key={selection.path.join('.')} path={selection.path} />;
    case 'item':
      return (
        <ItemForm
          key={`${selection.path.join('.')}:${selection.index}`}
          path={selection.path}
          index={selection.index}
        />
      );
  }
}
