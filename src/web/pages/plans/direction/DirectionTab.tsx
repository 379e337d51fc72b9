import { Group, Stack, Title } from '@mantine/core';
import { limits } from '../../../../shared/limits';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { CommentButton } from '../comments/CommentButton';
import { GoalList } from './GoalList';
import { RowsCard } from './RowsCard';
import { TextFieldsCard } from './TextFieldsCard';

/**
 * The template's strategic direction: vision, mission, the purpose statement (for districts and states),
 * goals with their measures, the glossary and the leadership team. Each card saves on its own.
 */
export function DirectionTab({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const d = plan.direction;
  // The template's school plan has no purpose statement; a school that wrote one still sees it.
  const showPurpose =
    plan.organization.kind !== 'school' || Boolean(d.purposeIf || d.purposeThen || d.purposeAnd);

  return (
    <Stack gap="xl">
      <Stack gap="md" component="section" aria-labelledby="direction-heading">
        <Group justify="space-between" align="center">
          <Title order={2} id="direction-heading">
            {t('plans.direction.title')}
          </Title>
          <CommentButton
            planId={plan.id}
            anchorType="direction"
            anchorId={null}
            label={t('plans.direction.commentLabel')}
          />
        </Group>
        <TextFieldsCard
          plan={plan}
          title={t('plans.direction.visionMission')}
          help={t('plans.direction.visionMissionHelp')}
          fields={[
            { key: 'vision', label: t('plans.direction.vision') },
            { key: 'mission', label: t('plans.direction.mission') },
          ]}
        />
        {showPurpose && (
          <TextFieldsCard
            plan={plan}
            title={t('plans.direction.purpose')}
            help={t('plans.direction.purposeHelp')}
            fields={[
              { key: 'purposeIf', label: t('plans.direction.purposeIf') },
              { key: 'purposeThen', label: t('plans.direction.purposeThen') },
              { key: 'purposeAnd', label: t('plans.direction.purposeAnd') },
            ]}
          />
        )}
      </Stack>
      <GoalList plan={plan} />
      <RowsCard
        plan={plan}
        list="glossary"
        rows={d.glossary}
        title={t('plans.direction.glossary')}
        help={t('plans.direction.glossaryHelp')}
        empty={t('plans.direction.glossaryEmpty')}
        columns={[
          { key: 'term', label: t('plans.direction.term'), max: limits.shortTextMax },
          {
            key: 'definition',
            label: t('plans.direction.definition'),
            max: limits.longTextMax,
            multiline: true,
          },
        ]}
        rowLabel={(number) => t('plans.direction.termNumber', { number })}
        removeLabel={(number) => t('plans.direction.removeTerm', { number })}
        addLabel={t('plans.direction.addTerm')}
        editLabel={t('plans.direction.editGlossary')}
      />
      <RowsCard
        plan={plan}
        list="leadershipTeam"
        rows={d.leadershipTeam.map((m) => ({ name: m.name, position: m.position ?? '' }))}
        title={t('plans.direction.leadership')}
        help={t('plans.direction.leadershipHelp')}
        empty={t('plans.direction.leadershipEmpty')}
        columns={[
          { key: 'name', label: t('plans.direction.memberName'), max: limits.nameMax },
          { key: 'position', label: t('plans.direction.memberPosition'), max: limits.shortTextMax },
        ]}
        rowLabel={(number) => t('plans.direction.memberNumber', { number })}
        removeLabel={(number) => t('plans.direction.removeMember', { number })}
        addLabel={t('plans.direction.addMember')}
        editLabel={t('plans.direction.editLeadership')}
      />
    </Stack>
  );
}
