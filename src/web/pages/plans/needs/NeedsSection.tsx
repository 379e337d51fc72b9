import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  /** `list-<name>`, where checks and deletes send focus. */
  id: string;
  title: string;
  intro?: ReactNode;
  /** Beside the heading, e.g. the comment button. */
  aside?: ReactNode;
  children: ReactNode;
};

/** A titled part of the needs assessment; focusable so a check or a delete can bring the reader to it. */
export function NeedsSection({ id, title, intro, aside, children }: Props) {
  return (
    <Paper withBorder p="lg" component="section" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} id={`${id}-title`}>
            {title}
          </Title>
          {aside}
        </Group>
        {intro && (
          <Text c="gray.7" maw={820}>
            {intro}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
