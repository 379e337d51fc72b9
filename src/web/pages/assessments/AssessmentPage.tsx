import './assessments.css';
import { Tabs, Text } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import type { AssessmentDetail } from '../../../shared/schemas/assessment';
import { useOrganization } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useOrgId } from '../../shell/navigation';
import { useFormat } from '../admin/common/format';
import { useAssessment } from './api';
import { Attribution, ModeBadge, StatusBadge } from './common';
import { ButtonLink } from './links';
import { ConsensusTab } from './workspace/ConsensusTab';
import { RatingsTab } from './workspace/RatingsTab';
import { StatusActions } from './workspace/StatusActions';
import { TeamTab } from './workspace/TeamTab';

export type WorkspaceTab = 'ratings' | 'team' | 'consensus';

/** Raters get their own ratings first; a single rater has no team to follow; everyone else sees progress. */
function tabsFor(detail: AssessmentDetail): [WorkspaceTab, ...WorkspaceTab[]] {
  const rater = detail.myProgress !== null;
  const tabs: WorkspaceTab[] = [];
  if (detail.mode !== 'single' || !rater) tabs.push('team');
  if (detail.abilities.facilitate || detail.abilities.reflect) tabs.push('consensus');
  return rater ? ['ratings', ...tabs] : ['team', ...tabs.filter((x) => x !== 'team')];
}

/** One assessment: the rater's own ratings, the team's progress and the facilitator's consensus. */
export default function AssessmentPage() {
  const organizationId = useOrgId();
  const { assessmentId } = useParams({ strict: false }) as { assessmentId: string };
  const organization = useOrganization(organizationId);
  const assessment = useAssessment(assessmentId);
  if (organization.isPending || assessment.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  if (assessment.error) return <ErrorState error={assessment.error} onRetry={() => assessment.refetch()} />;
  return <Workspace organization={organization.data} detail={assessment.data} />;
}

function Workspace({
  organization,
  detail,
}: {
  organization: Parameters<typeof PageHeader>[0]['organization'];
  detail: AssessmentDetail;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { tab?: WorkspaceTab };
  const tabs = tabsFor(detail);
  const tab = search.tab && tabs.includes(search.tab) ? search.tab : tabs[0];

  return (
    <>
      <PageHeader
        organization={organization}
        title={detail.title}
        badges={
          <>
            <StatusBadge status={detail.status} />
            <ModeBadge mode={detail.mode} />
          </>
        }
        description={
          <>
            {t('assessments.workspace.facts', {
              framework: t('assessments.frameworkVersion', {
                title: detail.framework.title,
                version: detail.framework.version,
              }),
              period: detail.period,
              facilitator: detail.facilitator.name,
            })}
            {detail.closedAt && (
              <Text component="span" display="block" size="sm" mt={4}>
                {t('assessments.workspace.closedOn', { date: format.dateTime(detail.closedAt) })}
              </Text>
            )}
          </>
        }
        actions={
          <>
            <StatusActions detail={detail} />
            <ButtonLink
              to="/o/$orgId/assessments/$assessmentId/results"
              params={{ orgId: detail.organizationId, assessmentId: detail.id }}
            >
              {t('assessments.workspace.results')}
            </ButtonLink>
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) =>
          navigate({ to: '.', search: { tab: (value as WorkspaceTab) ?? undefined }, replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('assessments.workspace.tabs')} mb="lg">
          {tabs.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`assessments.workspace.tab.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="ratings">
          <RatingsTab detail={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="team">
          <TeamTab detail={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="consensus">
          <ConsensusTab detail={detail} />
        </Tabs.Panel>
      </Tabs>
      <Attribution source={detail.source} />
    </>
  );
}
