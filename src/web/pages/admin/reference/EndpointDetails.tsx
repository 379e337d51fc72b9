import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from '../../../i18n';
import { DataTable } from '../common/DataTable';
import { InlineCode } from './InlineCode';
import type { Endpoint, OpenApiDocument } from './openapi';
import { constraints, typeLabel } from './openapi';
import { SchemaTable } from './SchemaTable';

/** Everything needed to call one endpoint: parameters, body, and what comes back. */
export function EndpointDetails({ doc, endpoint }: { doc: OpenApiDocument; endpoint: Endpoint }) {
  const { t } = useTranslation();
  const { operation } = endpoint;
  const parameters = operation.parameters ?? [];
  const body = Object.entries(operation.requestBody?.content ?? {})[0];
  const responses = Object.entries(operation.responses ?? {});
  const success = responses.find(([status, response]) => status.startsWith('2') && response.content);
  const successBody = success ? Object.entries(success[1].content ?? {})[0] : undefined;

  return (
    <Stack gap="md">
      {operation.description && (
        <Text size="sm">
          <InlineCode text={operation.description} />
        </Text>
      )}
      <Text size="sm" c="gray.7">
        {operation.security?.length ? t('admin.reference.authSessionOrToken') : t('admin.reference.authNone')}
      </Text>

      <Stack gap={4}>
        <Title order={4}>{t('admin.reference.parameters')}</Title>
        {parameters.length === 0 ? (
          <Text size="sm">{t('admin.reference.noParameters')}</Text>
        ) : (
          <DataTable
            caption={t('admin.reference.parametersCaption', { path: endpoint.path })}
            minWidth={560}
            withTableBorder
            verticalSpacing={4}
            fz="sm"
            bg="white"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.reference.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.reference.in')}</Table.Th>
                <Table.Th scope="col">{t('admin.reference.type')}</Table.Th>
                <Table.Th scope="col">{t('admin.reference.required')}</Table.Th>
                <Table.Th scope="col">{t('admin.reference.notes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parameters.map((parameter) => (
                <Table.Tr key={`${parameter.in}-${parameter.name}`}>
                  <Table.Th scope="row" fw={400} ff="monospace">
                    {parameter.name}
                  </Table.Th>
                  <Table.Td>
                    {t(`admin.reference.locations.${parameter.in}`, { defaultValue: parameter.in })}
                  </Table.Td>
                  <Table.Td>{typeLabel(doc, parameter.schema, t)}</Table.Td>
                  <Table.Td>
                    {parameter.required ? t('admin.reference.yes') : t('admin.reference.no')}
                  </Table.Td>
                  <Table.Td>
                    {[parameter.description, ...constraints(doc, parameter.schema, t)]
                      .filter(Boolean)
                      .join('; ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
      </Stack>

      {body && (
        <Stack gap={4}>
          <Title order={4}>{t('admin.reference.requestBody')}</Title>
          <SchemaTable
            doc={doc}
            schema={body[1].schema}
            caption={t('admin.reference.bodyCaption', { type: body[0] })}
          />
        </Stack>
      )}

      <Stack gap={4}>
        <Title order={4}>{t('admin.reference.responses')}</Title>
        <DataTable
          caption={t('admin.reference.responsesCaption', { path: endpoint.path })}
          minWidth={360}
          withTableBorder
          verticalSpacing={4}
          fz="sm"
          bg="white"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={90}>
                {t('admin.reference.status')}
              </Table.Th>
              <Table.Th scope="col">{t('admin.reference.description')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {responses.map(([status, response]) => (
              <Table.Tr key={status}>
                <Table.Th scope="row" ff="monospace" fw={600}>
                  {status}
                </Table.Th>
                <Table.Td>{response.description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
        {success && successBody && (
          <SchemaTable
            doc={doc}
            schema={successBody[1].schema}
            caption={t('admin.reference.responseCaption', { status: success[0] })}
          />
        )}
      </Stack>
    </Stack>
  );
}
