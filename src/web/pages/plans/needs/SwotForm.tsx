import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../../shared/limits';
import { type PlanTree, planItemInputs } from '../../../../shared/schemas/plan';
import type { SwotQuadrant } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { planItemPath } from '../api';
import { addedId, ids } from '../order';
import { WriteError } from '../WriteError';
import { focusItem } from './focus';
import { useItemWrite } from './useItemWrite';

type Swot = PlanTree['swot'][number];
type Props = {
  plan: PlanTree;
  quadrant: SwotQuadrant;
  /** The entry to edit; none to add one. */
  entry: Swot | null;
  title: string;
  opened: boolean;
  onClose: () => void;
};

const fields = ['statement', 'evidence', 'leverage'] as const;

/** Adds or edits one SWOT entry in a dialog; strengths and opportunities also say what can be leveraged. */
export function SwotForm({ plan, quadrant, entry, title, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {opened && <SwotFields plan={plan} quadrant={quadrant} entry={entry} onDone={onClose} />}
    </Modal>
  );
}

function SwotFields({
  plan,
  quadrant,
  entry,
  onDone,
}: Omit<Props, 'title' | 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const write = useItemWrite(plan.id, (tree) => tree.swot.find((e) => e.id === entry?.id)?.version);
  const leverage = quadrant === 'strength' || quadrant === 'opportunity';
  const [values, setValues] = useState({
    statement: entry?.statement ?? '',
    evidence: entry?.evidence ?? '',
    leverage: entry?.leverage ?? '',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { quadrant, ...values, leverage: leverage ? values.leverage : '' };
    const request = entry
      ? {
          method: 'patch' as const,
          path: planItemPath(plan.id, 'swot', entry.id),
          body: { ...input, version: write.version },
        }
      : { method: 'post' as const, path: planItemPath(plan.id, 'swot'), body: input };
    write.submit(request, {
      schema: planItemInputs.swot,
      input,
      onSuccess: (tree) => {
        onDone();
        const created = entry ? null : addedId(ids(plan.swot), ids(tree.swot));
        if (created) focusItem(created);
      },
    });
  };

  const shownFields = leverage ? fields : fields.filter((f) => f !== 'leverage');
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {shownFields.map((name) => (
          <Textarea
            key={name}
            label={t(`planNeeds.swot.fields.${name}`)}
            required={name === 'statement'}
            autosize
            minRows={name === 'statement' ? 2 : 3}
            maxLength={limits.longTextMax}
            value={values[name]}
            onChange={(event) => setValues({ ...values, [name]: event.currentTarget.value })}
            error={write.fieldError(name)}
            data-autofocus={name === 'statement' ? true : undefined}
          />
        ))}
        <WriteError
          conflictColor="yellow"
          error={write.error}
          shown={(path) => (shownFields as readonly string[]).includes(path)}
          onReload={write.reload}
          hint={t('planNeeds.actions.conflictHint')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('planNeeds.actions.cancel')}
          </Button>
          <Button type="submit" loading={write.pending}>
            {t('planNeeds.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
