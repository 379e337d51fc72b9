import { ActionIcon, Box, Group, Loader, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { limits } from '../../../shared/limits';
import type { OrganizationSummary } from '../../../shared/schemas/organization';
import { useOrganizationList } from '../../api/organizations';
import { ArchivedBadge, EssaBadge, KindBadge } from '../../components/badges';
import { ChevronRightIcon } from '../../components/icons';
import { AnchorLink } from '../../components/links';
import { ErrorState } from '../../components/QueryState';
import { useTranslation } from '../../i18n';

const pageSize = limits.pageSizeMax;

/**
 * Nested lists with disclosure buttons: each organization's children load only when it is expanded, so a
 * state with thousands of schools opens instantly. Tab reaches each button and link; Enter or Space toggles.
 */
export function OrganizationTree({
  parent,
  includeArchived,
}: {
  parent: Pick<OrganizationSummary, 'id' | 'name'>;
  includeArchived: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ChildList
      parent={parent}
      includeArchived={includeArchived}
      level={0}
      label={t('directory.treeLabel', { name: parent.name })}
    />
  );
}

function ChildList({
  parent,
  includeArchived,
  level,
  id,
  label,
}: {
  parent: Pick<OrganizationSummary, 'id' | 'name'>;
  includeArchived: boolean;
  level: number;
  id?: string;
  label: string;
}) {
  const { t } = useTranslation();
  const children = useOrganizationList({ parentId: parent.id, includeArchived, limit: pageSize });

  if (children.isPending)
    return (
      <Group gap="xs" py={6} pl={level ? 40 : 0} id={id} role="status">
        <Loader size={14} aria-hidden="true" />
        <Text size="sm" c="gray.7">
          {t('directory.loadingChildren', { name: parent.name })}
        </Text>
      </Group>
    );
  if (children.error)
    return (
      <Box id={id} pl={level ? 40 : 0}>
        <ErrorState error={children.error} onRetry={() => children.refetch()} />
      </Box>
    );
  if (children.data.length === 0)
    return (
      <Text id={id} size="sm" c="gray.7" py={6} pl={level ? 40 : 0}>
        {t('directory.empty')}
      </Text>
    );
  return (
    <>
      <Box
        component="ul"
        id={id}
        aria-label={label}
        m={0}
        p={0}
        pl={level ? 28 : 0}
        style={{
          listStyle: 'none',
          borderLeft: level ? '1px solid var(--mantine-color-gray-3)' : undefined,
          marginLeft: level ? 15 : 0,
        }}
      >
        {children.data.map((org) => (
          <TreeNode key={org.id} org={org} includeArchived={includeArchived} level={level} />
        ))}
      </Box>
      {children.data.length >= pageSize && (
        <Text size="sm" c="gray.7" pl={level ? 40 : 0} py={4}>
          {t('directory.truncated', { count: pageSize })}
        </Text>
      )}
    </>
  );
}

function TreeNode({
  org,
  includeArchived,
  level,
}: {
  org: OrganizationSummary;
  includeArchived: boolean;
  level: number;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const details = [org.code, org.cityCounty].filter(Boolean).join(' · ');

  return (
    <li>
      <Group gap="xs" wrap="nowrap" py={6} px={4} style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        {org.childCount > 0 ? (
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size={30}
            aria-label={t('directory.expand', { name: org.name })}
            aria-expanded={expanded}
            aria-controls={expanded ? listId : undefined}
            onClick={() => setExpanded((e) => !e)}
          >
            <ChevronRightIcon
              size={18}
              style={{
                transform: expanded ? 'rotate(90deg)' : undefined,
                transition: 'transform 120ms ease',
              }}
            />
          </ActionIcon>
        ) : (
          <Box w={30} style={{ flexShrink: 0 }} />
        )}
        <Group gap={8} wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
          <AnchorLink to="/o/$orgId" params={{ orgId: org.id }} fw={600} size="sm">
            {org.name}
          </AnchorLink>
          <KindBadge kind={org.kind} />
          <EssaBadge status={org.essaStatus} />
          {org.archived && <ArchivedBadge />}
          {details && (
            <Text size="xs" c="gray.7">
              {details}
            </Text>
          )}
        </Group>
        {org.childCount > 0 && (
          <Text size="xs" c="gray.7" style={{ flexShrink: 0 }}>
            {t('directory.childCount', { count: org.childCount })}
          </Text>
        )}
      </Group>
      {expanded && (
        <ChildList
          parent={org}
          includeArchived={includeArchived}
          level={level + 1}
          id={listId}
          label={t('directory.treeLabel', { name: org.name })}
        />
      )}
    </li>
  );
}
