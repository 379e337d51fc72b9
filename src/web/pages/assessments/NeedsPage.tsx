import { Card, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { AssessmentSummary, PriorityCandidate } from '../../../shared/schemas/assessment';
import type { FrameworkDetail } from '../../../shared/schemas/framework';
import { api } from '../../api/client';
import { useOrganization } from '../../api/hooks';
import { PlusIcon } from '../../components/icons';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { cycleSteps, useOrgId } from '../../shell/navigation';
import { nowrap, useFormat } from '../admin/common/format';
import { Section } from '../admin/common/Section';
import { useAssessments, usePriorityCandidates } from './api';
import { itemLabel, levelName, ModeBadge, StatusBadge } from './common';
import { ButtonLink } from './links';
import { ScrollTable } from './ScrollTable';

/** Step 2 of the cycle: the organization's self-assessments and the priority areas carried from them. */
export default function NeedsPage() {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  const org = organization.data;
  const number = cycleSteps.findIndex((s) => s.key === 'needs') + 1;
  return (
    <>
      <PageHeader
        organization={org}
        title={`${number}. ${t('shell.steps.needs.title')}`}
        description={t('shell.steps.needs.body')}
        actions={
          org.kind !== 'school' && (
            <ButtonLink
              variant="default"
              to="/o/$orgId/network-assessments"
              params={{ orgId: organizationId }}
            >
              {t('assessments.network.link')}
            </ButtonLink>
          )
        }
      />
      <Stack gap="lg">
        <Section
          id="needs-assessments"
          title={t('assessments.list.title')}
          intro={t('assessments.list.intro')}
        >
          {org.abilities.writePlan && (
            <Group>
              <ButtonLink
                to="/o/$orgId/assessments/new"
                params={{ orgId: organizationId }}
                leftSection={<PlusIcon />}
              >
                {t('assessments.list.start')}
              </ButtonLink>
            </Group>
          )}
          <AssessmentList organizationId={organizationId} />
        </Section>
        <Section
          id="needs-candidates"
          title={t('assessments.candidates.title')}
          intro={t('assessments.candidates.intro')}
        >
          <Candidates organizationId={organizationId} />
        </Section>
      </Stack>
    </>
  );
}

function AssessmentList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useAssessments(organizationId);
  if (list.isPending) return <Loading />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  if (list.data.length === 0) return <Text c="gray.7">{t('assessments.list.empty')}</Text>;
  return (
    <ScrollTable caption={t('assessments.list.caption')} minWidth={760}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('assessments.list.assessment')}</Table.Th>
          <Table.Th>{t('assessments.fields.period')}</Table.Th>
          <Table.Th>{t('assessments.list.modeStatus')}</Table.Th>
          <Table.Th>{t('assessments.fields.progress')}</Table.Th>
          <Table.Th>{t('assessments.fields.dates')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.data.map((a: AssessmentSummary) => (
          <Table.Tr key={a.id}>
            <Table.Td>
              <AnchorLink
                to="/o/$orgId/assessments/$assessmentId"
                params={{ orgId: organizationId, assessmentId: a.id }}
                fw={600}
              >
                {a.title}
              </AnchorLink>
              <Text size="sm" c="gray.7">
                {t('assessments.frameworkVersion', {
                  title: a.framework.title,
                  version: a.framework.version,
                })}
              </Text>
            </Table.Td>
            <Table.Td style={nowrap}>{a.period}</Table.Td>
            <Table.Td>
              <Group gap={6}>
                <StatusBadge status={a.status} />
                <ModeBadge mode={a.mode} />
              </Group>
            </Table.Td>
            <Table.Td miw={130}>
              <Text size="sm">
                {t('assessments.list.submitted', { submitted: a.submittedCount, total: a.raterCount })}
              </Text>
              <Progress
                value={a.raterCount ? (a.submittedCount / a.raterCount) * 100 : 0}
                size="sm"
                mt={4}
                aria-hidden="true"
              />
            </Table.Td>
            <Table.Td style={nowrap}>
              <Text size="sm">{t('assessments.list.started', { date: format.date(a.createdAt) })}</Text>
              {a.closedAt && (
                <Text size="sm">{t('assessments.list.closed', { date: format.date(a.closedAt) })}</Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** Level names live in each framework version; the candidates name only their assessment. */
function useLevelNames(organizationId: string, candidates: PriorityCandidate[]) {
  const assessments = useAssessments(organizationId);
  const frameworkIds = new Set(
    candidates
      .map((c) => assessments.data?.find((a) => a.id === c.assessment.id)?.framework.id)
      .filter((id): id is string => !!id),
  );
  const frameworks = useQueries({
    queries: [...frameworkIds].map((id) => ({
      queryKey: ['framework', id],
      queryFn: () => api.get<FrameworkDetail>(`/api/frameworks/${id}`),
    })),
  });
  const levelOf = (candidate: PriorityCandidate) => {
    const frameworkId = assessments.data?.find((a) => a.id === candidate.assessment.id)?.framework.id;
    const framework = frameworks.find((f) => f.data?.id === frameworkId)?.data;
    return framework ? levelName(framework.definition.levels, candidate.levelKey) : null;
  };
  return { pending: assessments.isPending || frameworks.some((f) => f.isPending), levelOf };
}

function Candidates({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const candidates = usePriorityCandidates(organizationId);
  const levels = useLevelNames(organizationId, candidates.data ?? []);
  if (candidates.isPending || levels.pending) return <Loading />;
  if (candidates.error) return <ErrorState error={candidates.error} onRetry={() => candidates.refetch()} />;
  if (candidates.data.length === 0)
    return (
      <Card bg="gray.0" withBorder={false}>
        <Text c="gray.7">{t('assessments.candidates.empty')}</Text>
      </Card>
    );
  return (
    <ScrollTable caption={t('assessments.candidates.caption')} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('assessments.candidates.item')}</Table.Th>
          <Table.Th>{t('assessments.candidates.level')}</Table.Th>
          <Table.Th>{t('assessments.candidates.from')}</Table.Th>
          <Table.Th>{t('assessments.candidates.note')}</Table.Th>
          <Table.Th>{t('assessments.candidates.added')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {candidates.data.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{itemLabel({ code: c.itemCode, title: c.itemTitle })}</Table.Td>
            <Table.Td>{levels.levelOf(c) ?? c.levelKey ?? t('assessments.notRated')}</Table.Td>
            <Table.Td>
              <AnchorLink
                to="/o/$orgId/assessments/$assessmentId/results"
                params={{ orgId: organizationId, assessmentId: c.assessment.id }}
                size="sm"
              >
                {c.assessment.title}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{c.note ?? ''}</Table.Td>
            <Table.Td style={nowrap}>{format.date(c.createdAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
