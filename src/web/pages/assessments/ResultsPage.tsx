import './assessments.css';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useOrganization } from '../../api/hooks';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useOrgId } from '../../shell/navigation';
import { Notice } from '../admin/common/Notice';
import { Section } from '../admin/common/Section';
import { useAssessment, useResults } from './api';
import { Attribution, ModeBadge, StatusBadge } from './common';
import { CarryToNeeds } from './results/CarryToNeeds';
import { Comparison } from './results/Comparison';
import { HeatMap } from './results/HeatMap';
import { SectionSummaries } from './results/SectionSummaries';

/** Where the organization is strong, where it struggles, where its raters disagree, and what changed. */
export default function ResultsPage() {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const { assessmentId } = useParams({ strict: false }) as { assessmentId: string };
  const organization = useOrganization(organizationId);
  const assessment = useAssessment(assessmentId);
  const results = useResults(assessmentId);
  const pending = [organization, assessment, results].find((q) => q.isPending);
  const failed = [organization, assessment, results].find((q) => q.error);
  if (failed) return <ErrorState error={failed.error} onRetry={() => failed.refetch()} />;
  if (pending || !organization.data || !assessment.data || !results.data) return <Loading />;
  const detail = assessment.data;
  const data = results.data;
  const exportBase = `/api/assessments/${detail.id}/export`;

  return (
    <>
      <PageHeader
        organization={organization.data}
        title={t('assessments.results.title', { title: detail.title })}
        badges={
          <>
            <StatusBadge status={detail.status} />
            <ModeBadge mode={detail.mode} />
          </>
        }
        description={t('assessments.results.facts', {
          framework: t('assessments.frameworkVersion', {
            title: detail.framework.title,
            version: detail.framework.version,
          }),
          period: detail.period,
          raters: detail.raterCount,
        })}
        actions={
          <AnchorLink
            to="/o/$orgId/assessments/$assessmentId"
            params={{ orgId: detail.organizationId, assessmentId: detail.id }}
            fw={600}
          >
            {t('assessments.results.back')}
          </AnchorLink>
        }
      />
      <Stack gap="lg">
        {detail.status === 'open' && <Notice color="gray">{t('assessments.results.openNotice')}</Notice>}
        <Section
          id="results-heat"
          title={t('assessments.results.heatTitle')}
          intro={t('assessments.results.heatIntro')}
        >
          {!data.ratingsVisible && (
            <Notice color="gray">
              {detail.mode === 'anonymous'
                ? t('assessments.results.hiddenAnonymous')
                : t('assessments.results.hiddenTeam')}
            </Notice>
          )}
          <HeatMap results={data} />
          <Text size="sm" c="gray.7">
            {t('assessments.results.disagreementRule')}
          </Text>
        </Section>
        <Section
          id="results-sections"
          title={t('assessments.results.sectionsTitle')}
          intro={t('assessments.results.sectionsIntro')}
        >
          <SectionSummaries results={data} />
        </Section>
        <Section
          id="results-comparison"
          title={t('assessments.comparison.title')}
          intro={t('assessments.comparison.intro')}
        >
          <Comparison assessmentId={detail.id} results={data} />
        </Section>
        {detail.abilities.carry && (
          <Section
            id="results-carry"
            title={t('assessments.carry.title')}
            intro={t('assessments.carry.intro')}
          >
            <CarryToNeeds detail={detail} results={data} />
          </Section>
        )}
        <Section
          id="results-export"
          title={t('assessments.export.title')}
          intro={t('assessments.export.intro')}
        >
          <Group>
            <Button component="a" href={`${exportBase}.xlsx`} download variant="default">
              {t('assessments.export.xlsx')}
            </Button>
            <Button component="a" href={`${exportBase}.pdf`} download variant="default">
              {t('assessments.export.pdf')}
            </Button>
          </Group>
        </Section>
      </Stack>
      <Attribution source={detail.source} />
    </>
  );
}
