import { NativeSelect, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { limits } from '../../../../shared/limits';
import { type PlanTree, planItemInputs } from '../../../../shared/schemas/plan';
import type { RootCauseMethod, SwotQuadrant } from '../../../../shared/schemas/plan-enums';
import { useTranslation } from '../../../i18n';
import { planItemPath } from '../api';
import { FormButtons } from '../common/FormButtons';
import { addedId, ids } from '../order';
import { rootCauseDraft, rootCauseInput } from './drafts';
import { FishboneEditor } from './FishboneEditor';
import { FishbonePreview } from './FishbonePreview';
import { FiveWhysEditor } from './FiveWhysEditor';
import { entriesOf, shorten, swotLabel } from './labels';
import { useItemWrite } from './useItemWrite';

type RootCause = PlanTree['rootCauses'][number];
type Props = {
  plan: PlanTree;
  method: RootCauseMethod;
  /** The analysis to edit; none to add one. */
  rootCause?: RootCause;
  /** Called after saving, with the new analysis's id when one was added. */
  onDone: (createdId: string | null) => void;
  onCancel: () => void;
  problemInputId: string;
};

const ownFields = ['problem', 'rootCause', 'swotEntryId'];

/** An analysis explains a weakness or a threat; a link made otherwise to another entry is still shown. */
function explainable(plan: PlanTree, linkedId: string | null): SwotQuadrant[] {
  const linked = plan.swot.find((e) => e.id === linkedId)?.quadrant;
  return linked && linked !== 'weakness' && linked !== 'threat'
    ? ['weakness', 'threat', linked]
    : ['weakness', 'threat'];
}

/** Adds or edits a 5 Whys or fishbone analysis; saved as a whole. */
export function RootCauseForm({ plan, method, rootCause, onDone, onCancel, problemInputId }: Props) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const write = useItemWrite(
    plan.id,
    (tree) => tree.rootCauses.find((rc) => rc.id === rootCause?.id)?.version,
  );
  const [draft, setDraft] = useState(() => rootCauseDraft(t, method, rootCause));
  const fishbone = draft.method === 'fishbone';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = rootCauseInput(draft);
    write.submit(
      rootCause
        ? {
            method: 'patch',
            path: planItemPath(plan.id, 'rootCause', rootCause.id),
            body: { ...input, version: write.version },
          }
        : { method: 'post', path: planItemPath(plan.id, 'rootCause'), body: input },
      {
        schema: planItemInputs.rootCause,
        input,
        onSuccess: (tree) => onDone(rootCause ? null : addedId(ids(plan.rootCauses), ids(tree.rootCauses))),
      },
    );
  };

  const swotOptions = [
    { value: '', label: t('planNeeds.rootCauses.none') },
    ...explainable(plan, draft.swotEntryId).map((quadrant) => ({
      group: t(`planNeeds.swot.quadrants.${quadrant}`),
      items: entriesOf(plan, quadrant).map((entry) => ({
        value: entry.id,
        label: `${swotLabel(t, plan, entry)}: ${shorten(entry.statement, 80)}`,
      })),
    })),
  ];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          id={problemInputId}
          label={
            fishbone ? t('planNeeds.rootCauses.fields.problem') : t('planNeeds.rootCauses.fields.symptom')
          }
          description={
            fishbone
              ? t('planNeeds.rootCauses.fields.problemHelp')
              : t('planNeeds.rootCauses.fields.symptomHelp')
          }
          required
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
          value={draft.problem}
          onChange={(e) => setDraft({ ...draft, problem: e.currentTarget.value })}
          error={write.fieldError('problem')}
        />
        {fishbone ? (
          <>
            <FishboneEditor
              categories={draft.categories}
              onChange={(categories) => setDraft({ ...draft, categories })}
              fieldError={write.fieldError}
              idPrefix={idPrefix}
            />
            <FishbonePreview problem={draft.problem} categories={draft.categories} />
          </>
        ) : (
          <FiveWhysEditor
            whys={draft.whys}
            onChange={(whys) => setDraft({ ...draft, whys })}
            fieldError={write.fieldError}
            idPrefix={idPrefix}
          />
        )}
        <Textarea
          label={t('planNeeds.rootCauses.fields.rootCause')}
          description={t('planNeeds.rootCauses.fields.rootCauseHelp')}
          autosize
          minRows={2}
          maxLength={limits.longTextMax}
          value={draft.rootCause}
          onChange={(e) => setDraft({ ...draft, rootCause: e.currentTarget.value })}
          error={write.fieldError('rootCause')}
        />
        <NativeSelect
          label={t('planNeeds.rootCauses.fields.swotEntry')}
          description={t('planNeeds.rootCauses.fields.swotEntryHelp')}
          data={swotOptions}
          value={draft.swotEntryId ?? ''}
          onChange={(e) => setDraft({ ...draft, swotEntryId: e.currentTarget.value || null })}
          error={write.fieldError('swotEntryId')}
          maw={720}
        />
        <FormButtons
          conflictColor="yellow"
          error={write.error}
          shown={(path) => ownFields.includes(path) || /^(whys|categories)(\.|$)/.test(path)}
          onReload={write.reload}
          hint={t('planNeeds.actions.conflictHint')}
          pending={write.pending}
          submitLabel={t('planNeeds.actions.save')}
          cancelLabel={t('planNeeds.actions.cancel')}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
