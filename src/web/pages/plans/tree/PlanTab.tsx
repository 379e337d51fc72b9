import { Stack, Text } from '@mantine/core';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { AnchorLink } from '../../../components/links';
import { useTranslation } from '../../../i18n';
import { Notice } from '../../admin/common/Notice';
import { AnnounceProvider } from './announce';
import { PriorityBlock } from './PriorityBlock';
import './planTree.css';

/**
 * The plan tab, as Tool A's "Priority planning": for each priority area its strategies, each with its
 * performance measures and milestones, and each milestone with its actions.
 */
export function PlanTab({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  return (
    <AnnounceProvider>
      <Stack gap="xl" className="plan-tree">
        <Text c="gray.7" maw={860}>
          {t('planTree.intro')}
        </Text>
        {plan.priorities.length === 0 ? (
          <Notice color="gray" title={t('planTree.noPriorities.title')} id="list-priorities" tabIndex={-1}>
            {plan.abilities.edit ? (
              <>
                <Text size="sm">{t('planTree.noPriorities.body')}</Text>
                <AnchorLink
                  to="/o/$orgId/plans/$planId"
                  params={{ orgId: plan.organizationId, planId: plan.id }}
                  search={{ tab: 'needs', focus: 'needs/priorities' }}
                  size="sm"
                  underline="always"
                  mt="xs"
                  display="inline-block"
                >
                  {t('planTree.noPriorities.link')}
                </AnchorLink>
              </>
            ) : (
              <Text size="sm">{t('planTree.noPriorities.bodyReadOnly')}</Text>
            )}
          </Notice>
        ) : (
          plan.priorities.map((priority) => (
            <PriorityBlock key={priority.id} plan={plan} priority={priority} />
          ))
        )}
      </Stack>
    </AnnounceProvider>
  );
}
