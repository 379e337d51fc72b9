import './print.css';
import { Alert, Box, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { FrameworkDetail } from '../../../../shared/schemas/framework';
import { AnchorLink } from '../../../components/links';
import { ErrorState, Loading } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { useTranslation } from '../../../i18n';
import { useFramework } from '../api';
import { FrameworkBadges, useItemCount } from '../badges';
import { CloneModal } from '../manage/CloneModal';
import { Contents } from './Contents';
import { SectionView, TaxonomyView } from './SectionView';
import { ScaleTable, SourceBox } from './SourceBox';

export default function FrameworkPage() {
  const { frameworkId } = useParams({ strict: false }) as { frameworkId: string };
  const framework = useFramework(frameworkId);
  const { t } = useTranslation();
  usePageTitle(framework.data?.title ?? t('frameworks.library.title'));
  if (framework.isPending) return <Loading />;
  if (framework.error) return <ErrorState error={framework.error} onRetry={() => framework.refetch()} />;
  return <Reader framework={framework.data} />;
}

function download(framework: FrameworkDetail) {
  const blob = new Blob([`${JSON.stringify(framework.definition, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${framework.key}-v${framework.version}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A framework as a document to read and print, with its source and license before its text. */
export function Reader({ framework }: { framework: FrameworkDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const itemCount = useItemCount();
  const [cloning, setCloning] = useState(false);
  const { definition } = framework;
  const taxonomy = definition.kind === 'taxonomy';
  const long = definition.sections.length > 1;
  const attribution = `${definition.source.attribution} ${t('frameworks.reader.license')}: ${definition.source.license}.`;

  // Page margins cannot read the document, so the attribution reaches every printed page through the root.
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--framework-attribution', JSON.stringify(attribution));
    return () => {
      root.removeProperty('--framework-attribution');
    };
  }, [attribution]);

  return (
    <Box className="framework-print">
      <Stack gap={6} mb="lg">
        <nav aria-label={t('frameworks.reader.trail')} className="framework-no-print">
          <Breadcrumbs separator="›" separatorMargin={6}>
            <AnchorLink to="/frameworks" size="sm">
              {t('frameworks.library.title')}
            </AnchorLink>
          </Breadcrumbs>
        </nav>
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
            <Title order={1}>{framework.title}</Title>
            <Text c="gray.7">
              {[
                framework.shortTitle,
                itemCount(framework),
                framework.owner
                  ? t('frameworks.ownedBy', { name: framework.owner.name })
                  : t('frameworks.shipped'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <FrameworkBadges framework={framework} withAvailability={false} />
          </Stack>
          <Group gap="sm" className="framework-no-print">
            {framework.abilities.edit && (
              <Button
                onClick={() =>
                  void navigate({
                    to: '/frameworks/$frameworkId/edit',
                    params: { frameworkId: framework.id },
                  })
                }
              >
                {t('frameworks.reader.edit')}
              </Button>
            )}
            {framework.abilities.clone && (
              <Button variant="default" onClick={() => setCloning(true)}>
                {t('frameworks.reader.clone')}
              </Button>
            )}
            <Button variant="default" onClick={() => download(framework)}>
              {t('frameworks.reader.download')}
            </Button>
            <Button variant="default" onClick={() => window.print()}>
              {t('frameworks.reader.print')}
            </Button>
          </Group>
        </Group>
      </Stack>
      <Stack gap="lg">
        {framework.status === 'draft' && (
          <Alert color="orange" variant="light" className="framework-no-print">
            {t('frameworks.reader.draftNotice')}
          </Alert>
        )}
        {framework.status === 'published' && !framework.latest && (
          <Alert color="gray" variant="light" className="framework-no-print">
            {t('frameworks.reader.earlierNotice')}
          </Alert>
        )}
        <SourceBox source={definition.source} />
        {(definition.description || definition.ratedBy) && (
          <Box maw={860}>
            {definition.description && <Text>{definition.description}</Text>}
            {definition.ratedBy && (
              <Text size="sm" mt="xs">
                <Text span fw={650} size="sm">
                  {t('frameworks.reader.ratedBy')}:
                </Text>{' '}
                {definition.ratedBy}
              </Text>
            )}
          </Box>
        )}
        {!taxonomy && definition.levels.length > 0 && <ScaleTable levels={definition.levels} />}
        {long && (
          <Box hiddenFrom="xl">
            <Contents sections={definition.sections} />
          </Box>
        )}
      </Stack>
      <Group align="flex-start" gap="xl" wrap="nowrap">
        <Box style={{ flex: 1, minWidth: 0 }}>
          {taxonomy ? (
            <TaxonomyView sections={definition.sections} />
          ) : (
            definition.sections.map((section) => (
              <SectionView key={section.key} section={section} levels={definition.levels} depth={0} />
            ))
          )}
        </Box>
        {long && (
          <Box visibleFrom="xl" w={230} mt={40} style={{ flexShrink: 0, alignSelf: 'stretch' }}>
            <Contents sections={definition.sections} sticky />
          </Box>
        )}
      </Group>
      <Text
        size="sm"
        c="gray.7"
        mt={40}
        pt="md"
        style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      >
        {t('frameworks.reader.footer', {
          attribution: definition.source.attribution,
          license: definition.source.license,
        })}
      </Text>
      {framework.abilities.clone && (
        <CloneModal
          opened={cloning}
          onClose={() => setCloning(false)}
          source={framework}
          onCloned={(draft) =>
            void navigate({ to: '/frameworks/$frameworkId/edit', params: { frameworkId: draft.id } })
          }
        />
      )}
    </Box>
  );
}
