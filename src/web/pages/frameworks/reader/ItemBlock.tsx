import { Box, List, Paper, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { z } from 'zod';
import type {
  descriptorRow,
  FrameworkItem,
  FrameworkLevel,
} from '../../../../shared/schemas/framework-format';
import { useTranslation } from '../../../i18n';

type Row = z.infer<typeof descriptorRow>;

const hiddenCaption = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export function itemLabel(item: Pick<FrameworkItem, 'code' | 'title'>) {
  return item.code ? `${item.code} ${item.title}` : item.title;
}

export function headingOrder(depth: number): TitleOrder {
  return Math.min(depth, 6) as TitleOrder;
}

const bareEvidence = (prompt: string) => /^evidence:?$/i.test(prompt.trim());

function DescriptorRows({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const content = (row: Row) =>
    row.text === null ? (
      <>
        <Text span size="sm" fs="italic">
          {t('frameworks.reader.illegible')}
        </Text>
        <Text size="xs" c="gray.7">
          {row.note}
        </Text>
      </>
    ) : (
      <Text span size="sm">
        {row.text}
      </Text>
    );
  if (rows.length === 1) return content(rows[0]);
  return (
    <ul>
      {rows.map((row, index) => (
        // Rows have no identity beyond their place in the source.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={index}>{content(row)}</li>
      ))}
    </ul>
  );
}

/** One rated item: its heading, then the levels side by side with the descriptor rows of each. */
export function ItemBlock({
  item,
  levels,
  order,
}: {
  item: FrameworkItem;
  levels: FrameworkLevel[];
  order: TitleOrder;
}) {
  const { t } = useTranslation();
  const label = itemLabel(item);
  const hasDescriptors = levels.some((level) => item.descriptors[level.key]?.length);
  // An indicator rated on the scale alone is one statement; a lighter block keeps long lists readable.
  const bare =
    !hasDescriptors && !item.text && !item.questions.length && !item.lookFors.length && !item.evidencePrompt;

  return (
    <Paper
      withBorder
      p={bare ? 'sm' : 'md'}
      className="framework-item"
      component="article"
      aria-label={label}
    >
      <Stack gap="sm">
        <Title
          order={order}
          fz={bare ? 15 : 16}
          fw={bare ? 500 : 650}
          lh={1.4}
          id={`fw-i-${item.key}`}
          className="framework-item-heading"
        >
          {item.code && (
            <Text span inherit c="throughline.8" mr={8}>
              {item.code}
            </Text>
          )}
          {item.title}
        </Title>
        {item.text && <Text size="sm">{item.text}</Text>}
        {!item.rated && (
          <Text size="sm" c="gray.7">
            {t('frameworks.reader.notRated')}
          </Text>
        )}
        {item.rated && hasDescriptors && <Descriptors item={item} levels={levels} label={label} />}
        <Details item={item} />
      </Stack>
    </Paper>
  );
}

/**
 * The levels side by side as table columns; on a phone, where four columns cannot be read, one level after
 * another. Print is always wide enough for the table.
 */
function Descriptors({
  item,
  levels,
  label,
}: {
  item: FrameworkItem;
  levels: FrameworkLevel[];
  label: string;
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 36em)', true);
  const cell = (level: FrameworkLevel) => {
    const rows = item.descriptors[level.key];
    return rows?.length ? (
      <DescriptorRows rows={rows} />
    ) : (
      <Text size="sm" c="gray.7">
        {level.descriptor ?? ''}
      </Text>
    );
  };
  if (!wide)
    return (
      <Box component="dl" m={0} className="framework-descriptors">
        {levels.map((level) => (
          <Box key={level.key} py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Text component="dt" size="sm" fw={650}>
              {level.name}
            </Text>
            <Box component="dd" m={0}>
              {cell(level)}
            </Box>
          </Box>
        ))}
      </Box>
    );
  return (
    <Table
      className="framework-descriptors"
      withTableBorder
      withColumnBorders
      layout="fixed"
      verticalSpacing="xs"
    >
      <Table.Caption style={hiddenCaption}>
        {t('frameworks.reader.descriptorsCaption', { item: label })}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr bg="gray.1">
          {levels.map((level) => (
            <Table.Th key={level.key} scope="col">
              {level.name}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          {levels.map((level) => (
            <Table.Td key={level.key}>{cell(level)}</Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

function Details({ item }: { item: FrameworkItem }) {
  const { t } = useTranslation();
  const lists = [
    { label: t('frameworks.reader.questions'), entries: item.questions },
    { label: t('frameworks.reader.lookFors'), entries: item.lookFors },
  ].filter((list) => list.entries.length > 0);
  return (
    <>
      {lists.map((list) => (
        <Box key={list.label}>
          <Text size="sm" fw={650}>
            {list.label}
          </Text>
          <List size="sm" spacing={2} mt={2}>
            {list.entries.map((entry) => (
              <List.Item key={entry}>{entry}</List.Item>
            ))}
          </List>
        </Box>
      ))}
      {item.evidencePrompt && (
        // A prompt that only repeats the label adds nothing on screen; on paper it heads the space to write in.
        <Box className={bareEvidence(item.evidencePrompt) ? 'framework-print-only' : undefined}>
          <Text size="sm" fw={650}>
            {t('frameworks.reader.evidence')}
          </Text>
          {!bareEvidence(item.evidencePrompt) && <Text size="sm">{item.evidencePrompt}</Text>}
          <Box
            className="framework-print-only"
            mt={4}
            h={44}
            aria-hidden="true"
            style={{
              border: '1px dashed var(--mantine-color-gray-5)',
              borderRadius: 'var(--mantine-radius-sm)',
            }}
          />
        </Box>
      )}
      {item.source?.note && (
        <Text size="xs" c="gray.7" fs="italic">
          {t('frameworks.reader.note', { note: item.source.note })}
        </Text>
      )}
    </>
  );
}
