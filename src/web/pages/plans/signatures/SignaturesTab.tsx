import { Blockquote, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useMe } from '../../../api/hooks';
import { useTranslation } from '../../../i18n';
import { useFormat } from '../../admin/common/format';
import { StatusMessage } from '../../admin/common/StatusMessage';
import { PlanStatusBadge } from '../badges';
import { RequestSignatures } from './RequestSignatures';
import { SignatureTable } from './SignatureTable';
import { SignPanel } from './SignPanel';

const headingId = 'signatures-title';

/**
 * The template's signature page: its statement and the table of who signs, in what role, and when; the
 * signed-in person's own pending signature; and asking people to sign.
 */
export function SignaturesTab({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const me = useMe();
  const [message, setMessage] = useState<string | null>(null);
  const mine = plan.signatures.find((s) => s.person.id === me.data?.person.id && s.signedAt === null);

  // After a signature, request or withdrawal the form or row is gone; the reader lands on the table.
  const done = (text: string) => {
    setMessage(text);
    requestAnimationFrame(() => document.getElementById(headingId)?.focus());
  };

  return (
    <Stack gap="xl" maw={1000}>
      {mine && plan.abilities.sign && me.data && (
        <SignPanel plan={plan} signature={mine} me={me.data.person} onSigned={done} />
      )}
      <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
        <Stack gap="md">
          <Title order={2} id={headingId} tabIndex={-1}>
            {t('planReview.signatures.title')}
          </Title>
          {message && <StatusMessage onClose={() => setMessage(null)}>{message}</StatusMessage>}
          <Text c="gray.7">{t('planReview.signatures.intro')}</Text>
          <PlanStatus plan={plan} />
          <Stack gap={6}>
            <Title order={3} size="h4">
              {t('planReview.signatures.statementTitle')}
            </Title>
            <Blockquote color="throughline" p="md" m={0}>
              {t('planReview.signatures.statement')}
            </Blockquote>
          </Stack>
          <SignatureTable plan={plan} onWithdrawn={done} />
        </Stack>
      </Paper>
      {plan.abilities.requestSignatures && <RequestSignatures plan={plan} onRequested={done} />}
    </Stack>
  );
}

function PlanStatus({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pending = plan.signatures.filter((s) => s.signedAt === null).length;
  const text =
    plan.status === 'signed' && plan.signedAt
      ? t('planReview.signatures.statusSigned', { date: format.date(plan.signedAt) })
      : plan.status === 'awaiting_signatures'
        ? t('planReview.signatures.statusAwaiting', { count: pending, total: plan.signatures.length })
        : plan.signatures.length === 0
          ? t('planReview.signatures.statusDraft')
          : null;
  return (
    <Stack gap={4}>
      <Group gap="sm" align="center">
        <Text fw={650}>{t('planReview.signatures.status')}</Text>
        <PlanStatusBadge status={plan.status} />
        {text && <Text>{text}</Text>}
      </Group>
      {plan.status === 'signed' && (
        <Text size="sm" c="gray.7">
          {t('planReview.signatures.statusSignedEdits')}
        </Text>
      )}
    </Stack>
  );
}
