import { Accordion, Anchor, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { EndpointDetails } from './reference/EndpointDetails';
import { InlineCode } from './reference/InlineCode';
import { MethodBadge } from './reference/MethodBadge';
import { groupByTag, matches, type OpenApiDocument } from './reference/openapi';

const specUrl = '/api/openapi.json';

function Reference({ doc }: { doc: OpenApiDocument }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const groups = useMemo(() => groupByTag(doc, t('admin.reference.untagged')), [doc, t]);
  const total = groups.reduce((sum, group) => sum + group.endpoints.length, 0);
  const visible = groups
    .map((group) => ({ ...group, endpoints: group.endpoints.filter((e) => matches(e, group.tag, search)) }))
    .filter((group) => group.endpoints.length > 0);
  const shown = visible.reduce((sum, group) => sum + group.endpoints.length, 0);

  return (
    <>
      {doc.info.description && (
        <Text>
          <InlineCode text={doc.info.description} />
        </Text>
      )}
      <Group gap="lg">
        <Anchor href={specUrl} download="throughline-openapi.json">
          {t('admin.reference.download')}
        </Anchor>
        <Text size="sm" c="gray.7">
          {t('admin.reference.version', { title: doc.info.title, version: doc.info.version })}
        </Text>
      </Group>
      <TextInput
        type="search"
        label={t('admin.reference.filter')}
        description={t('admin.reference.filterHelp')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={480}
      />
      <Text role="status" c="gray.7" size="sm">
        {shown === total
          ? t('admin.reference.countAll', { count: total })
          : t('admin.reference.countSome', { count: shown, total })}
      </Text>
      {visible.map((group) => {
        const headingId = `api-tag-${group.tag.replace(/\W+/g, '-')}`;
        return (
          <Stack key={group.tag} gap="xs" component="section" aria-labelledby={headingId}>
            <Title order={2} id={headingId}>
              {group.tag}
            </Title>
            <Accordion multiple variant="contained" order={3} chevronPosition="right" bg="white">
              {group.endpoints.map((endpoint) => (
                <Accordion.Item key={endpoint.id} value={endpoint.id}>
                  <Accordion.Control>
                    <Group gap="sm" wrap="nowrap" align="flex-start">
                      <MethodBadge method={endpoint.method} />
                      <div style={{ minWidth: 0 }}>
                        <Text ff="monospace" size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {endpoint.path}
                        </Text>
                        {endpoint.operation.summary && (
                          <Text size="sm" c="gray.7">
                            {endpoint.operation.summary}
                          </Text>
                        )}
                      </div>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <EndpointDetails doc={doc} endpoint={endpoint} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </Stack>
        );
      })}
    </>
  );
}

/** The API, browsable: every endpoint by area, generated from the same schemas the server checks requests with. */
export default function ApiReferencePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('admin.reference.title')} · ${t('app.name')}`);
  const spec = useQuery({
    queryKey: ['openapi'],
    queryFn: () => api.get<OpenApiDocument>(specUrl),
    staleTime: Infinity,
  });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.reference.title')}</Title>
      {spec.isPending && <Loading />}
      {spec.error && <ErrorState error={spec.error} onRetry={() => spec.refetch()} />}
      {spec.data && <Reference doc={spec.data} />}
    </Stack>
  );
}
