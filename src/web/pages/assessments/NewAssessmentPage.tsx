import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import {
  type AssessmentMode,
  assessmentModes,
  createAssessmentInput,
} from '../../../shared/schemas/assessment';
import { useMe, useOrganization } from '../../api/hooks';
import { apiFieldErrors, type FieldErrors, formMessage, schemaErrors } from '../../components/forms';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/QueryState';
import { useTranslation } from '../../i18n';
import { useOrgId } from '../../shell/navigation';
import { Notice } from '../admin/common/Notice';
import { useCreateAssessment, useFrameworks, useMembers } from './api';
import { currentPeriod } from './common';
import { FrameworkChoice, usableFrameworks } from './FrameworkChoice';
import { SectionChoice } from './SectionChoice';

const fields = ['frameworkId', 'title', 'period', 'sectionKeys', 'mode', 'facilitatorId', 'raterIds'];

/** After a failed submit, takes keyboard and screen reader users to the first field with a message. */
function focusFirstError() {
  requestAnimationFrame(() => {
    const message = document.querySelector('form .mantine-InputWrapper-error');
    const field = message
      ?.closest('.mantine-InputWrapper-root')
      ?.querySelector<HTMLElement>('input, textarea, select');
    field?.focus();
  });
}

export default function NewAssessmentPage() {
  const { t } = useTranslation();
  const organizationId = useOrgId();
  const organization = useOrganization(organizationId);
  if (organization.isPending) return <Loading />;
  if (organization.error)
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  return (
    <>
      <PageHeader
        organization={organization.data}
        title={t('assessments.new.title')}
        description={t('assessments.new.intro')}
      />
      {organization.data.abilities.writePlan ? (
        <NewAssessmentForm organizationId={organizationId} />
      ) : (
        <Notice color="gray" title={t('assessments.new.noAccessTitle')}>
          {t('assessments.new.noAccess', { organization: organization.data.name })}
        </Notice>
      )}
    </>
  );
}

function NewAssessmentForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const frameworks = useFrameworks(organizationId);
  const members = useMembers(organizationId);
  const create = useCreateAssessment(organizationId);

  const people = useMemo(() => {
    const byId = new Map<string, { id: string; name: string; detail: string }>();
    for (const m of members.data?.items ?? []) {
      const known = byId.get(m.person.id);
      const role = t(`app.roles.${m.role}`);
      byId.set(m.person.id, {
        id: m.person.id,
        name: m.person.name,
        detail: known ? `${known.detail}, ${role}` : [m.person.position, role].filter(Boolean).join(' · '),
      });
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [members.data, t]);

  const [frameworkId, setFrameworkId] = useState<string | null>(null);
  const [wholeFramework, setWholeFramework] = useState(true);
  const [sectionKeys, setSectionKeys] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [titleTouched, setTitleTouched] = useState(false);
  const [period, setPeriod] = useState(currentPeriod());
  const [mode, setMode] = useState<AssessmentMode>('team');
  const [facilitatorId, setFacilitatorId] = useState<string>('');
  const [raterIds, setRaterIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});

  if (frameworks.isPending || members.isPending) return <Loading />;
  if (frameworks.error) return <ErrorState error={frameworks.error} onRetry={() => frameworks.refetch()} />;
  if (members.error) return <ErrorState error={members.error} onRetry={() => members.refetch()} />;

  const usable = usableFrameworks(frameworks.data);
  const chosen = usable.find((f) => f.id === frameworkId) ?? null;
  const facilitator =
    facilitatorId || (people.some((p) => p.id === me.data?.person.id) ? (me.data?.person.id ?? '') : '');
  const clear = (...paths: string[]) =>
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([k]) => !paths.includes(k))));

  const chooseFramework = (id: string) => {
    setFrameworkId(id);
    setSectionKeys([]);
    clear('frameworkId', 'sectionKeys');
    const framework = usable.find((f) => f.id === id);
    if (framework && !titleTouched) setTitle(`${framework.shortTitle ?? framework.title} ${period}`);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      frameworkId: frameworkId ?? '',
      title,
      period,
      sectionKeys: wholeFramework ? null : sectionKeys,
      mode,
      facilitatorId: facilitator,
      raterIds,
    };
    const found = schemaErrors(createAssessmentInput, input) ?? {};
    if (!frameworkId) found.frameworkId = t('assessments.new.frameworkRequired');
    if (!facilitator) found.facilitatorId = t('assessments.new.facilitatorRequired');
    if (!wholeFramework && sectionKeys.length === 0)
      found.sectionKeys = t('assessments.new.sectionsRequired');
    if (mode === 'single' && raterIds.length > 1) found.raterIds = t('assessments.new.singleRater');
    if (Object.keys(found).length) {
      setErrors(found);
      return focusFirstError();
    }
    setErrors({});
    create.mutate(createAssessmentInput.parse(input), {
      onSuccess: (detail) =>
        navigate({
          to: '/o/$orgId/assessments/$assessmentId',
          params: { orgId: organizationId, assessmentId: detail.id },
        }),
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstError();
      },
    });
  };

  const general = formMessage(create.error, fields);
  return (
    <form onSubmit={submit} noValidate aria-label={t('assessments.new.title')}>
      <Stack gap="lg" maw={860}>
        <FrameworkChoice
          frameworks={usable}
          value={frameworkId}
          onChange={chooseFramework}
          error={errors.frameworkId}
        />

        {chosen && (
          <SectionChoice
            frameworkId={chosen.id}
            whole={wholeFramework}
            onWholeChange={(whole) => {
              setWholeFramework(whole);
              clear('sectionKeys');
            }}
            value={sectionKeys}
            onChange={(keys) => {
              setSectionKeys(keys);
              clear('sectionKeys');
            }}
            error={errors.sectionKeys}
          />
        )}

        <Paper withBorder p="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('assessments.fields.title')}
              required
              value={title}
              onChange={(e) => {
                setTitle(e.currentTarget.value);
                setTitleTouched(true);
                clear('title');
              }}
              error={errors.title}
            />
            <TextInput
              label={t('assessments.fields.period')}
              description={t('assessments.new.periodHelp')}
              required
              value={period}
              onChange={(e) => {
                setPeriod(e.currentTarget.value);
                clear('period');
              }}
              error={errors.period}
            />
          </SimpleGrid>
        </Paper>

        <Paper withBorder p="lg">
          <Radio.Group
            label={t('assessments.fields.mode')}
            value={mode}
            onChange={(value) => {
              setMode(value as AssessmentMode);
              clear('mode', 'raterIds');
            }}
            error={errors.mode}
            required
          >
            <Stack gap="sm" mt="sm">
              {assessmentModes.map((m) => (
                <Radio
                  key={m}
                  value={m}
                  label={t(`assessments.modes.${m}`)}
                  description={t(`assessments.modeHelp.${m}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        </Paper>

        <Paper withBorder p="lg">
          <Stack gap="md">
            <NativeSelect
              label={t('assessments.fields.facilitator')}
              description={t('assessments.new.facilitatorHelp')}
              required
              value={facilitator}
              onChange={(e) => {
                setFacilitatorId(e.currentTarget.value);
                clear('facilitatorId');
              }}
              error={errors.facilitatorId}
              data={[
                { value: '', label: t('assessments.new.choosePerson') },
                ...people.map((p) => ({ value: p.id, label: p.name })),
              ]}
              maw={420}
            />
            <Checkbox.Group
              label={t('assessments.fields.raters')}
              description={
                mode === 'single' ? t('assessments.new.ratersHelpSingle') : t('assessments.new.ratersHelp')
              }
              value={raterIds}
              onChange={(ids) => {
                setRaterIds(ids);
                clear('raterIds');
              }}
              error={errors.raterIds}
              required
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm" spacing="sm">
                {people.map((p) => (
                  <Checkbox key={p.id} value={p.id} label={p.name} description={p.detail} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </Paper>

        {general && (
          <Notice color="red" role="alert">
            {general}
          </Notice>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('assessments.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
