import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import type { FrameworkFile } from '../../../../shared/schemas/framework-format';
import { Facts } from '../../../components/PageHeader';
import { useTranslation } from '../../../i18n';

/** Where the text comes from and under what license; shown before the text itself, as its license asks. */
export function SourceBox({ source }: { source: FrameworkFile['source'] }) {
  const { t } = useTranslation();
  const document = [source.document, source.publisher, source.year].filter(Boolean).join(', ');
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="framework-source"
      style={{ borderLeft: '4px solid var(--mantine-color-throughline-7)' }}
    >
      <Title order={2} size="h3" id="framework-source" mb="sm">
        {t('frameworks.reader.sourceTitle')}
      </Title>
      <Facts
        items={[
          { label: t('frameworks.reader.document'), value: document },
          {
            label: t('frameworks.reader.license'),
            value: (
              <Text span fw={650} size="sm">
                {source.license}
              </Text>
            ),
          },
          { label: t('frameworks.reader.attribution'), value: source.attribution },
          ...(source.url
            ? [
                {
                  label: t('frameworks.reader.link'),
                  value: (
                    <Anchor href={source.url} size="sm">
                      {source.url}
                    </Anchor>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Paper>
  );
}

/** The scale once, lowest first; for rubrics whose levels carry one wording for every item, that wording too. */
export function ScaleTable({ levels }: { levels: FrameworkFile['levels'] }) {
  const { t } = useTranslation();
  const withValue = levels.some((l) => l.value !== undefined);
  const withDescription = levels.some((l) => l.description);
  const withDescriptor = levels.some((l) => l.descriptor);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="framework-scale" className="framework-item">
      <Title order={2} size="h3" id="framework-scale" mb="sm">
        {t('frameworks.reader.scaleTitle')}
      </Title>
      <Table withTableBorder verticalSpacing="xs" className="framework-descriptors">
        <Table.Caption
          style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
        >
          {t('frameworks.reader.scaleCaption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr bg="gray.1">
            <Table.Th scope="col">{t('frameworks.reader.scaleLevel')}</Table.Th>
            {withValue && <Table.Th scope="col">{t('frameworks.reader.scaleValue')}</Table.Th>}
            {withDescription && <Table.Th scope="col">{t('frameworks.reader.scaleDescription')}</Table.Th>}
            {withDescriptor && <Table.Th scope="col">{t('frameworks.reader.scaleDescriptor')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {levels.map((level) => (
            <Table.Tr key={level.key}>
              <Table.Th scope="row" fw={650} style={{ whiteSpace: 'nowrap' }}>
                {level.name}
              </Table.Th>
              {withValue && <Table.Td>{level.value ?? ''}</Table.Td>}
              {withDescription && <Table.Td>{level.description ?? ''}</Table.Td>}
              {withDescriptor && <Table.Td>{level.descriptor ?? ''}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
