import { Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { limits } from '../../../../shared/limits';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { ApiError } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { usePlanWrite } from '../api';
import { PendingButton } from '../SubmitButton';
import { WriteError } from '../WriteError';

type Props = {
  plan: PlanTree;
  signature: PlanTree['signatures'][number];
  me: { id: string; name: string; position: string | null };
  onSigned: (message: string) => void;
};

/** The signed-in person's own signature: their name, their position, and an explicit confirmation. */
export function SignPanel({ plan, signature, me, onSigned }: Props) {
  const { t } = useTranslation();
  const write = usePlanWrite(plan.id);
  const [position, setPosition] = useState(me.position ?? '');
  const [confirmed, setConfirmed] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const checkbox = useRef<HTMLInputElement>(null);
  const apiError = write.error instanceof ApiError ? write.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) {
      setUnconfirmed(true);
      checkbox.current?.focus();
      return;
    }
    write.mutate(
      {
        method: 'post',
        path: `/api/plans/${plan.id}/signatures/${signature.id}/sign`,
        body: { position: position.trim() || null },
      },
      { onSuccess: () => onSigned(t('planReview.signatures.sign.signed')) },
    );
  };

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="sign-plan-title"
      style={{ borderColor: 'var(--mantine-color-throughline-7)', borderWidth: 2 }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={720}>
          <Title order={2} id="sign-plan-title">
            {t('planReview.signatures.sign.title')}
          </Title>
          <Text>{t('planReview.signatures.sign.intro', { role: signature.roleInPlan })}</Text>
          <Group gap="xs">
            <Text fw={650}>{t('planReview.signatures.sign.signingAs')}</Text>
            <Text>{me.name}</Text>
          </Group>
          <TextInput
            label={t('planReview.signatures.sign.position')}
            description={t('planReview.signatures.sign.positionHelp')}
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value)}
            maxLength={limits.shortTextMax}
            error={apiError?.fieldError('position')}
            autoComplete="organization-title"
          />
          <Checkbox
            ref={checkbox}
            label={t('planReview.signatures.sign.confirm')}
            checked={confirmed}
            onChange={(e) => {
              setConfirmed(e.currentTarget.checked);
              if (e.currentTarget.checked) setUnconfirmed(false);
            }}
            error={unconfirmed ? t('planReview.signatures.sign.confirmRequired') : undefined}
            required
          />
          <WriteError planId={plan.id} error={write.error} shown={(path) => path === 'position'} />
          <Group>
            <PendingButton type="submit" pending={write.isPending}>
              {t('planReview.signatures.sign.submit')}
            </PendingButton>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
