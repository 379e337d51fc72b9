import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { PendingButton } from '../SubmitButton';
import { WriteError } from '../WriteError';
import type { DirectionWrite } from './useDirectionWrite';

type Props = {
  plan: PlanTree;
  title: string;
  help?: string;
  write: DirectionWrite;
  dirty: boolean;
  /** False when the input was refused before sending, so focus moves to the first message. */
  onSave: () => boolean | undefined;
  onDiscard: () => void;
  /** The field paths this card shows messages for beside its controls. */
  fields: (path: string) => boolean;
  /** Whether the card shows its form; long lists show their saved rows until the reader asks to edit. */
  editing: boolean;
  /** For cards that open their form on request: the button that does, with its name. */
  onEdit?: () => void;
  editLabel?: string;
  /** The id of the edit button, so focus can return to it after a save. */
  editId?: string;
  children: ReactNode;
};

/** Takes keyboard and screen reader users to the first field with a message, once it is drawn. */
function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** One part of the direction with its own save: editors get a form, readers the text. */
export function DirectionCard(props: Props) {
  const { plan, title, help, write, dirty, onSave, onDiscard, fields, editing, children } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const form = plan.abilities.edit && editing;
  const formRef = useRef<HTMLFormElement>(null);
  // The API's messages arrive after the request: focus the first field that has one.
  useEffect(() => {
    if (write.error) focusFirstInvalid(formRef.current);
  }, [write.error]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Save stays enabled so focus is never lost from it; with nothing changed there is nothing to send.
    if (dirty) {
      if (onSave() === false) focusFirstInvalid(formRef.current);
    } else if (props.onEdit) onDiscard();
  };
  const status = (
    <Text size="sm" role="status" c="gray.7">
      {dirty ? t('plans.direction.unsaved') : write.succeeded ? `✓ ${t('plans.direction.saved')}` : ''}
    </Text>
  );
  const body = (
    <Stack gap="sm">
      <div>
        <Title order={3} id={headingId}>
          {title}
        </Title>
        {help && form && (
          <Text size="sm" c="gray.7" mt={4}>
            {help}
          </Text>
        )}
      </div>
      {children}
      {form && (
        <>
          <WriteError planId={plan.id} error={write.error} shown={fields} />
          <Group gap="sm">
            <PendingButton type="submit" pending={write.pending} variant={dirty ? 'filled' : 'default'}>
              {t('plans.direction.save')}
            </PendingButton>
            {(dirty || props.onEdit) && (
              <Button variant="default" onClick={onDiscard}>
                {props.onEdit ? t('app.cancel') : t('plans.direction.discard')}
              </Button>
            )}
            {status}
          </Group>
        </>
      )}
      {!form && plan.abilities.edit && props.onEdit && (
        <Group gap="sm">
          <Button id={props.editId} variant="default" size="xs" onClick={props.onEdit}>
            {props.editLabel}
          </Button>
          {status}
        </Group>
      )}
    </Stack>
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      {form ? (
        <form ref={formRef} onSubmit={submit} noValidate>
          {body}
        </form>
      ) : (
        body
      )}
    </Paper>
  );
}

/** Saved text for readers, or a plain note that it is not written yet. */
export function ReadText({ label, value }: { label?: string; value: string | null }) {
  const { t } = useTranslation();
  return (
    <div>
      {label && (
        <Text size="sm" fw={650} c="gray.7">
          {label}
        </Text>
      )}
      <Text style={{ whiteSpace: 'pre-wrap' }} c={value ? undefined : 'gray.7'}>
        {value || t('plans.direction.readOnlyEmpty')}
      </Text>
    </div>
  );
}
