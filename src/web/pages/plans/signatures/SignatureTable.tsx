import { Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { PlanTree } from '../../../../shared/schemas/plan';
import { useTranslation } from '../../../i18n';
import { ConfirmModal } from '../../admin/common/ConfirmModal';
import { DangerButton } from '../../admin/common/DangerButton';
import { DataTable } from '../../admin/common/DataTable';
import { nowrap, useFormat } from '../../admin/common/format';
import { usePlanWrite } from '../api';

type Signature = PlanTree['signatures'][number];

/** Name | Position | Improvement plan role | Signature, as in the template, with withdrawing a request. */
export function SignatureTable({
  plan,
  onWithdrawn,
}: {
  plan: PlanTree;
  onWithdrawn: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const write = usePlanWrite(plan.id);
  const [withdrawing, setWithdrawing] = useState<Signature | null>(null);
  const canWithdraw = plan.abilities.requestSignatures && plan.signatures.some((s) => s.signedAt === null);

  if (plan.signatures.length === 0) return <Text c="gray.7">{t('planReview.signatures.none')}</Text>;

  const close = () => {
    setWithdrawing(null);
    write.reset();
  };
  const withdraw = () => {
    if (!withdrawing) return;
    const name = withdrawing.person.name;
    write.mutate(
      { method: 'delete', path: `/api/plans/${plan.id}/signatures/${withdrawing.id}` },
      {
        onSuccess: () => {
          setWithdrawing(null);
          onWithdrawn(t('planReview.signatures.withdrawn', { name }));
        },
      },
    );
  };

  return (
    <>
      <DataTable caption={t('planReview.signatures.caption')} minWidth={canWithdraw ? 720 : 600}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('planReview.signatures.name')}</Table.Th>
            <Table.Th scope="col">{t('planReview.signatures.position')}</Table.Th>
            <Table.Th scope="col">{t('planReview.signatures.role')}</Table.Th>
            <Table.Th scope="col">{t('planReview.signatures.signature')}</Table.Th>
            {canWithdraw && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('planReview.signatures.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.signatures.map((signature) => (
            <Table.Tr key={signature.id}>
              <Table.Th scope="row" fw={600}>
                {signature.signedName ?? signature.person.name}
              </Table.Th>
              <Table.Td>{signature.signedPosition ?? ''}</Table.Td>
              <Table.Td>{signature.roleInPlan}</Table.Td>
              <Table.Td style={nowrap}>
                {signature.signedAt ? (
                  <>
                    <Text size="sm" fw={600}>
                      <span aria-hidden="true">✓ </span>
                      {t('planReview.signatures.signedOn', { date: format.date(signature.signedAt) })}
                    </Text>
                    {signature.signedVersionNumber !== null && (
                      <Text size="xs" c="gray.7">
                        {t('planReview.signatures.signedVersion', { number: signature.signedVersionNumber })}
                      </Text>
                    )}
                  </>
                ) : (
                  <Badge color="indigo" tt="none">
                    {t('planReview.signatures.awaiting')}
                  </Badge>
                )}
              </Table.Td>
              {canWithdraw && (
                <Table.Td>
                  {signature.signedAt === null && (
                    <DangerButton
                      aria-label={t('planReview.signatures.withdrawLabel', { name: signature.person.name })}
                      onClick={() => setWithdrawing(signature)}
                    >
                      {t('planReview.signatures.withdraw')}
                    </DangerButton>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      <ConfirmModal
        opened={withdrawing !== null}
        title={t('planReview.signatures.withdrawTitle', { name: withdrawing?.person.name ?? '' })}
        confirmLabel={t('planReview.signatures.withdrawConfirm')}
        onConfirm={withdraw}
        onClose={close}
        pending={write.isPending}
        error={write.error}
      >
        {t('planReview.signatures.withdrawBody', { name: withdrawing?.person.name ?? '' })}
      </ConfirmModal>
    </>
  );
}
