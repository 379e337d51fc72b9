import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { Support } from '../../../shared/schemas/supports';
import { Facts } from '../../components/PageHeader';
import { useTranslation } from '../../i18n';
import { useFormat } from '../admin/common/format';
import { StatusMessage } from '../admin/common/StatusMessage';
import { useFourDomains } from '../plans/tree/fourDomains';
import { SupportStatusBadge } from './badges';
import { localDay } from './dates';
import { EvaluateForm } from './EvaluateForm';
import { RespondForm } from './RespondForm';

/**
 * One support: what was needed and for which part of the plan, the answer, what was provided and how well
 * it worked; with the answer form for the level asked, or the rating form for the organization that got it.
 * `opened` comes from an inbox link: the card scrolls into view with its form open.
 */
export function SupportCard({
  support,
  view,
  opened = false,
}: {
  support: Support;
  view: 'ours' | 'requests';
  opened?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { practices } = useFourDomains();
  const action = view === 'requests' ? support.abilities.respond : support.abilities.evaluate;
  const [open, setOpen] = useState(opened && action);
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `support-${support.id}`;

  useEffect(() => {
    if (!opened) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [opened]);

  const day = (iso: string) => format.date(localDay(iso).toISOString());
  const title =
    view === 'requests'
      ? t('supports.card.from', { organization: support.organization.name })
      : support.requestedAt
        ? t('supports.card.askedOf', { organization: support.respondent?.name ?? '' })
        : t('supports.card.givenBy', { organization: support.respondent?.name ?? '' });
  const practice = support.practiceCode
    ? [support.practiceCode, practices.get(support.practiceCode)?.title].filter(Boolean).join(': ')
    : null;
  const item = support.milestone
    ? t('supports.milestone', { number: support.milestone.number, title: support.milestone.title })
    : support.strategy
      ? t('supports.strategy', { number: support.strategy.number, title: support.strategy.title })
      : null;
  const provider = support.providerVendor
    ? t('supports.card.vendor', { name: support.providerVendor })
    : support.providerOrganization?.name;
  const dates =
    support.startDate && support.endDate
      ? t('supports.card.dateRange', { start: day(support.startDate), end: day(support.endDate) })
      : support.startDate
        ? t('supports.card.dateFrom', { start: day(support.startDate) })
        : support.endDate
          ? t('supports.card.dateUntil', { end: day(support.endDate) })
          : null;
  const rating = support.effectivenessRating;
  const text = (value: string) => <span style={{ whiteSpace: 'pre-line' }}>{value}</span>;

  const facts = [
    { label: t('supports.card.need'), value: text(support.need) },
    ...(item ? [{ label: t('supports.card.for'), value: item }] : []),
    ...(practice ? [{ label: t('supports.card.practice'), value: practice }] : []),
    ...(support.requestedAt
      ? [
          {
            label: t('supports.card.requested'),
            value: t('supports.card.requestedBy', {
              date: format.date(support.requestedAt),
              name: support.requestedBy?.name ?? '',
            }),
          },
        ]
      : []),
    ...(support.response ? [{ label: t('supports.card.response'), value: text(support.response) }] : []),
    ...(provider ? [{ label: t('supports.card.provider'), value: provider }] : []),
    ...(support.description
      ? [{ label: t('supports.card.description'), value: text(support.description) }]
      : []),
    ...(dates ? [{ label: t('supports.card.dates'), value: dates }] : []),
    ...(rating
      ? [
          {
            label: t('supports.card.rating'),
            value: t('supports.card.ratingValue', {
              rating,
              label: t(`supports.evaluate.ratingLabels.${rating}`),
            }),
          },
        ]
      : []),
    ...(support.howUsed ? [{ label: t('supports.card.howUsed'), value: text(support.howUsed) }] : []),
    ...(support.effectivenessExplanation
      ? [{ label: t('supports.card.explanation'), value: text(support.effectivenessExplanation) }]
      : []),
  ];

  const actionLabel =
    view === 'requests'
      ? t(support.status === 'provided' ? 'supports.card.correct' : 'supports.card.answer')
      : t(support.status === 'closed' ? 'supports.card.changeRating' : 'supports.card.rate');
  const finish = (message: string) => {
    setOpen(false);
    setDone(message);
  };

  return (
    <Paper withBorder p="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="sm" align="center">
            <Title order={3} id={headingId} ref={heading} tabIndex={-1} size="h4">
              {title}
            </Title>
            <SupportStatusBadge status={support.status} />
          </Group>
          {support.answeredAt && support.answeredBy && (
            <Text size="xs" c="gray.7">
              {t('supports.card.answeredBy', {
                name: support.answeredBy.name,
                date: format.date(support.answeredAt),
              })}
            </Text>
          )}
        </Group>
        <Facts items={facts} />
        {done && <StatusMessage onClose={() => setDone(null)}>{done}</StatusMessage>}
        {action &&
          (open ? (
            <Paper bg="gray.0" p="md" radius="sm">
              <Stack gap="xs">
                {view === 'requests' ? (
                  <RespondForm support={support} onDone={finish} />
                ) : (
                  <EvaluateForm support={support} onDone={finish} />
                )}
                <div>
                  <Button variant="subtle" size="xs" onClick={() => setOpen(false)}>
                    {t('supports.card.cancel')}
                  </Button>
                </div>
              </Stack>
            </Paper>
          ) : (
            <div>
              <Button variant="default" onClick={() => setOpen(true)} aria-describedby={headingId}>
                {actionLabel}
              </Button>
            </div>
          ))}
      </Stack>
    </Paper>
  );
}
