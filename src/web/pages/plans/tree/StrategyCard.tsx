import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { MeasureList } from '../direction/MeasureList';
import { DeleteDialog } from './DeleteDialog';
import { Facts } from './Facts';
import { focusElement } from './focus';
import { useFourDomains } from './fourDomains';
import { optionsId } from './ItemControls';
import { ItemHeader } from './ItemHeader';
import { MilestoneList } from './MilestoneList';
import { useSortableItem } from './SortableList';
import { StrategyForm } from './StrategyForm';
import { TheoryOfAction } from './TheoryOfAction';
import type { Priority, Strategy } from './types';

type Props = { plan: PlanTree; priority: Priority; strategy: Strategy };

/** One strategy: its theory of action and coding, its performance measures, and its milestones. */
export function StrategyCard({ plan, priority, strategy }: Props) {
  const { t } = useTranslation();
  const sortable = useSortableItem(strategy.id);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const editable = plan.abilities.edit;
  const label = t('planTree.strategy.label', { number: strategy.number });
  const headingId = `heading-${strategy.id}`;

  return (
    <Paper
      ref={sortable.ref}
      style={sortable.style}
      component="article"
      id={`item-${strategy.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      withBorder
      p="lg"
      className="plan-tree-item"
      data-dragging={sortable.isDragging || undefined}
    >
      <Stack gap="md">
        {editing ? (
          <StrategyForm
            plan={plan}
            priority={priority}
            strategy={strategy}
            onClose={() => {
              setEditing(false);
              focusElement(optionsId(strategy.id));
            }}
          />
        ) : (
          <>
            <ItemHeader
              planId={plan.id}
              anchorType="strategy"
              itemId={strategy.id}
              label={label}
              heading={t('planTree.strategy.heading', { number: strategy.number, title: strategy.title })}
              headingId={headingId}
              order={3}
              sortable={sortable}
              editable={editable}
              onEdit={() => setEditing(true)}
              onDelete={() => setDeleting(true)}
            />
            <TheoryOfAction strategy={strategy} />
            <StrategyFacts plan={plan} strategy={strategy} />
          </>
        )}

        <section aria-labelledby={`measures-${strategy.id}`}>
          <Title order={4} id={`measures-${strategy.id}`}>
            {t('planTree.strategy.measuresHeading')}
          </Title>
          <Text size="sm" c="gray.7" mb="xs">
            {t('planTree.strategy.measuresHelp')}
          </Text>
          <MeasureList plan={plan} owner={{ strategyId: strategy.id }} measures={strategy.measures} />
        </section>

        <section aria-labelledby={`milestones-${strategy.id}`}>
          <Title order={4} id={`milestones-${strategy.id}`} mb="xs">
            {t('planTree.strategy.milestonesHeading')}
          </Title>
          <MilestoneList plan={plan} strategy={strategy} />
        </section>
      </Stack>

      {editable && (
        <DeleteDialog
          planId={plan.id}
          kind="strategy"
          item={strategy}
          label={label}
          message={t('planTree.item.deleteStrategy', { label, title: strategy.title })}
          opened={deleting}
          onClose={() => setDeleting(false)}
          parentId={priority.id}
        />
      )}
    </Paper>
  );
}

function StrategyFacts({ plan, strategy }: { plan: PlanTree; strategy: Strategy }) {
  const { t } = useTranslation();
  const { practices } = useFourDomains();
  const none = (text: string) => (
    <Text span c="gray.7" fs="italic">
      {text}
    </Text>
  );
  const goals = strategy.goalIds
    .map((id) => plan.goals.find((g) => g.id === id))
    .filter((g) => g !== undefined);
  const items: { label: string; value: ReactNode }[] = [
    {
      label: t('planTree.strategy.practices'),
      value: strategy.practiceCodes.length ? (
        <List size="sm" listStyleType="none" spacing={2}>
          {strategy.practiceCodes.map((code) => {
            const practice = practices.get(code);
            return (
              <List.Item key={code}>
                {practice ? t('planTree.strategy.practiceOption', { code, title: practice.title }) : code}
              </List.Item>
            );
          })}
        </List>
      ) : (
        none(t('planTree.strategy.noPractices'))
      ),
    },
    {
      label: t('planTree.strategy.goals'),
      value: goals.length ? (
        <List size="sm" listStyleType="none" spacing={2}>
          {goals.map((goal) => (
            <List.Item key={goal.id}>
              {t('planTree.strategy.goalOption', { number: goal.number, statement: goal.statement })}
            </List.Item>
          ))}
        </List>
      ) : (
        none(t('planTree.strategy.noGoals'))
      ),
    },
  ];
  if (strategy.rationale) items.push({ label: t('planTree.strategy.rationale'), value: strategy.rationale });
  if (strategy.evidence) items.push({ label: t('planTree.strategy.evidence'), value: strategy.evidence });
  return <Facts items={items} />;
}
