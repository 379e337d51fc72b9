import { Paper, Stepper, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { OrganizationDetail } from '../../../shared/schemas/organization';
import type { ImportMapping, ImportPreview, ImportResult } from '../../../shared/schemas/performance';
import { useTranslation } from '../../i18n';
import { useCommitImport } from './api';
import { CommitStep } from './import/CommitStep';
import { FileStep } from './import/FileStep';
import { MappingStep } from './import/MappingStep';
import { PreviewStep } from './import/PreviewStep';
import type { UploadProgress } from './upload';

const steps = ['file', 'columns', 'check', 'import'] as const;

/**
 * The import as four steps. Nothing is saved before the last one, and the last one saves every row or
 * none; going back to an earlier step keeps what was chosen there.
 */
export function ImportWizard({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)');
  const [active, setActive] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [read, setRead] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Partial<ImportMapping>>({});
  const [checked, setChecked] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const commit = useCommitImport(organization.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Each step's heading takes focus when the step changes, so screen reader and keyboard users start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the step and the result are what trigger it
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [active, result]);

  const go = (step: number) => setActive(step);
  const restart = () => {
    setFile(null);
    setRead(null);
    setMapping({});
    setChecked(null);
    setProgress(null);
    setResult(null);
    commit.reset();
    go(0);
  };
  const startCommit = (confirmed: ImportMapping) => {
    if (!file) return;
    setProgress(null);
    setResult(null);
    go(3);
    commit.mutate(
      { file, mapping: confirmed, onProgress: setProgress },
      { onSuccess: (saved) => setResult(saved) },
    );
  };

  const title = (step: number) =>
    t('performance.import.stepHeading', {
      number: step + 1,
      total: steps.length,
      title: t(`performance.import.steps.${steps[step]}.title`),
    });
  const stepHeading = (step: number) => (
    <Title order={2} ref={heading} tabIndex={-1} mb="md" style={{ outlineOffset: 4 }}>
      {title(step)}
    </Title>
  );
  const busy = commit.isPending;

  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-label={t('performance.import.title')}
    >
      <Stepper
        active={result ? steps.length : active}
        onStepClick={busy || result ? undefined : go}
        allowNextStepsSelect={false}
        size="sm"
        wrap
      >
        {steps.map((step, index) => (
          <Stepper.Step
            key={step}
            label={t(`performance.import.steps.${step}.title`)}
            description={narrow ? undefined : t(`performance.import.steps.${step}.description`)}
            aria-current={index === active && !result ? 'step' : undefined}
            aria-label={t('performance.import.stepButton', {
              number: index + 1,
              title: t(`performance.import.steps.${step}.title`),
            })}
          >
            {stepHeading(index)}
            {step === 'file' && (
              <FileStep
                organization={organization}
                file={file}
                onRead={(chosen, preview) => {
                  setFile(chosen);
                  setRead(preview);
                  setMapping(preview.suggestedMapping);
                  setChecked(null);
                  go(1);
                }}
                onClear={restart}
                onNext={() => go(1)}
              />
            )}
            {step === 'columns' && file && read && (
              <MappingStep
                organization={organization}
                file={file}
                read={read}
                mapping={mapping}
                onChange={setMapping}
                onBack={() => go(0)}
                onChecked={(preview) => {
                  setChecked(preview);
                  go(2);
                }}
              />
            )}
            {step === 'check' && checked && (
              <PreviewStep
                preview={checked}
                onBack={() => go(1)}
                onChooseAnother={restart}
                onCommit={() => startCommit(mapping as ImportMapping)}
              />
            )}
            {step === 'import' && (
              <CommitStep
                organization={organization}
                progress={progress}
                pending={busy}
                error={commit.error}
                result={null}
                onBack={() => go(2)}
                onRestart={restart}
              />
            )}
          </Stepper.Step>
        ))}
        <Stepper.Completed>
          <Title order={2} ref={heading} tabIndex={-1} mb="md" style={{ outlineOffset: 4 }}>
            {t('performance.import.doneHeading')}
          </Title>
          <CommitStep
            organization={organization}
            progress={progress}
            pending={false}
            error={null}
            result={result}
            onBack={() => go(2)}
            onRestart={restart}
          />
        </Stepper.Completed>
      </Stepper>
    </Paper>
  );
}
