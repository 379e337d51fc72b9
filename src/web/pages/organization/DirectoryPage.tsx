import { Alert, Button, Card, Group, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { childKinds } from '../../../shared/roles';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import { useOrganization } from '../../api/hooks';
import { PlusIcon, SearchIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useOrgId } from '../../shell/navigation';
import { CreateChildModal } from './CreateChildModal';
import { DirectorySearch } from './DirectorySearch';
import { OrganizationTree } from './OrganizationTree';

export default function DirectoryPage() {
  const organization = useOrganization(useOrgId());
  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  return <Directory org={organization.data} />;
}

function Directory({ org }: { org: OrganizationDetail }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const canCreate = org.abilities.createChild && childKinds[org.kind].length > 0;

  return (
    <>
      <PageHeader
        organization={org}
        title={t('directory.title')}
        description={t('directory.intro', { name: org.name })}
        actions={
          canCreate && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
              {t('directory.create.open')}
            </Button>
          )
        }
      />
      <div role="status">
        {created && (
          <Alert
            color="throughline"
            variant="light"
            mb="md"
            withCloseButton
            onClose={() => setCreated(null)}
            closeButtonLabel={t('app.close')}
          >
            {t('directory.create.created', { name: created })}
          </Alert>
        )}
      </div>
      <Card>
        <Group justify="space-between" align="flex-end" mb="lg" gap="md">
          <TextInput
            label={t('directory.search.label')}
            placeholder={t('directory.search.placeholder')}
            leftSection={<SearchIcon size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            type="search"
            style={{ flex: 1, maxWidth: 420 }}
          />
          <Switch
            mb={8}
            label={t('directory.showArchived')}
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
          />
        </Group>
        {debounced ? (
          <DirectorySearch root={org} search={debounced} includeArchived={includeArchived} />
        ) : (
          <OrganizationTree parent={org} includeArchived={includeArchived} />
        )}
      </Card>
      {canCreate && (
        <CreateChildModal
          parent={org}
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(child) => setCreated(child.name)}
        />
      )}
    </>
  );
}
