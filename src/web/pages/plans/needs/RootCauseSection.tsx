import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import type { RootCauseMethod } from '../../../../shared/schemas/plan-enums';
import { PlusIcon } from '../../../components/icons';
import { useTranslation } from '../../../i18n';
import { MoveStatus } from '../common/MoveStatus';
import { useMove } from '../common/useMove';
import { focusControl, focusItem } from './focus';
import { NeedsSection } from './NeedsSection';
import { RootCauseCard } from './RootCauseCard';
import { RootCauseForm } from './RootCauseForm';

/** The root cause analyses, in order, and a way to add a 5 Whys or a fishbone. */
export function RootCauseSection({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const move = useMove(plan, { kind: 'rootCause' });
  const [adding, setAdding] = useState<RootCauseMethod | null>(null);
  const problemInputId = useId();
  const newHeadingId = useId();
  const addId = useId();
  const ids = plan.rootCauses.map((rc) => rc.id);
  const add = (method: RootCauseMethod) => {
    setAdding(method);
    focusControl(problemInputId);
  };

  return (
    <NeedsSection
      id="list-root-causes"
      title={t('planNeeds.rootCauses.title')}
      intro={t('planNeeds.rootCauses.intro')}
    >
      {plan.rootCauses.length === 0 && !adding && <Text c="gray.7">{t('planNeeds.rootCauses.empty')}</Text>}
      {plan.rootCauses.map((rootCause, index) => (
        <RootCauseCard
          key={rootCause.id}
          plan={plan}
          rootCause={rootCause}
          ids={ids}
          index={index}
          move={move}
        />
      ))}
      <MoveStatus
        planId={plan.id}
        move={move}
        onReloaded={move.reset}
        hint={t('planNeeds.actions.conflictListHint')}
        conflictColor="yellow"
      />
      {adding && (
        <Paper withBorder p="md" component="section" aria-labelledby={newHeadingId}>
          <Stack gap="md">
            <Title order={3} id={newHeadingId}>
              {adding === 'fishbone'
                ? t('planNeeds.rootCauses.newFishbone')
                : t('planNeeds.rootCauses.newWhys')}
            </Title>
            <RootCauseForm
              key={adding}
              plan={plan}
              method={adding}
              problemInputId={problemInputId}
              onCancel={() => {
                setAdding(null);
                focusControl(`${addId}-${adding}`);
              }}
              onDone={(createdId) => {
                setAdding(null);
                if (createdId) focusItem(createdId);
              }}
            />
          </Stack>
        </Paper>
      )}
      {plan.abilities.edit && !adding && (
        <Group>
          <Button
            id={`${addId}-five_whys`}
            variant="default"
            leftSection={<PlusIcon size={16} />}
            onClick={() => add('five_whys')}
          >
            {t('planNeeds.rootCauses.addWhys')}
          </Button>
          <Button
            id={`${addId}-fishbone`}
            variant="default"
            leftSection={<PlusIcon size={16} />}
            onClick={() => add('fishbone')}
          >
            {t('planNeeds.rootCauses.addFishbone')}
          </Button>
        </Group>
      )}
    </NeedsSection>
  );
}
