import { ActionIcon, Button, Group, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useTranslation } from '../../../i18n';

const Arrow = ({ up }: { up: boolean }) => (
  <svg
    width={16}
    height={16}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    aria-hidden="true"
  >
    <path d={up ? 'M12 19V5M5 12l7-7 7 7' : 'M12 5v14M5 12l7 7 7-7'} />
  </svg>
);

const Cross = () => (
  <svg
    width={16}
    height={16}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    aria-hidden="true"
  >
    <path d="M6 6l12 12M18 6L6 18" />
  </svg>
);

/** Up, down and remove for one entry of a list; each button names the entry it acts on. */
export function EntryButtons({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (by: number) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const buttons = [
    {
      label: t('frameworks.editor.moveUpOf', { name }),
      icon: <Arrow up />,
      disabled: index === 0,
      act: () => onMove(-1),
    },
    {
      label: t('frameworks.editor.moveDownOf', { name }),
      icon: <Arrow up={false} />,
      disabled: index === count - 1,
      act: () => onMove(1),
    },
  ];
  return (
    <Group gap={4} wrap="nowrap">
      {buttons.map((b) => (
        <Tooltip key={b.label} label={b.label} openDelay={400}>
          <ActionIcon variant="default" aria-label={b.label} disabled={b.disabled} onClick={b.act}>
            {b.icon}
          </ActionIcon>
        </Tooltip>
      ))}
      {onRemove && (
        <Tooltip label={t('frameworks.editor.removeOf', { name })} openDelay={400}>
          <ActionIcon
            variant="default"
            c="red.9"
            aria-label={t('frameworks.editor.removeOf', { name })}
            onClick={onRemove}
          >
            <Cross />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

/** An ordered list of short texts (questions, look-fors, prompts), each its own labelled field. */
export function StringList({
  legend,
  help,
  entryLabel,
  addLabel,
  values,
  onChange,
  errorAt,
}: {
  legend: string;
  help?: string;
  entryLabel: (number: number) => string;
  addLabel: string;
  values: string[];
  onChange: (values: string[]) => void;
  errorAt: (index: number) => string | undefined;
}) {
  return (
    <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
      <Text component="legend" fw={650} p={0} mb={4}>
        {legend}
      </Text>
      {help && (
        <Text size="sm" c="gray.7">
          {help}
        </Text>
      )}
      {values.map((value, index) => {
        const label = entryLabel(index + 1);
        return (
          // Entries are plain strings that may repeat; their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
            <Textarea
              label={label}
              value={value}
              onChange={(event) => {
                const next = [...values];
                next[index] = event.currentTarget.value;
                onChange(next);
              }}
              error={errorAt(index)}
              autosize
              minRows={1}
              style={{ flex: 1 }}
            />
            <div style={{ paddingTop: 26 }}>
              <EntryButtons
                name={label}
                index={index}
                count={values.length}
                onMove={(by) => {
                  const next = [...values];
                  const [entry] = next.splice(index, 1);
                  next.splice(index + by, 0, entry);
                  onChange(next);
                }}
                onRemove={() => onChange(values.filter((_, i) => i !== index))}
              />
            </div>
          </Group>
        );
      })}
      <Group>
        <Button variant="default" size="xs" onClick={() => onChange([...values, ''])}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** Asks before a part of the draft with content of its own is removed; the draft has no undo. */
export function ConfirmRemove({
  name,
  body,
  opened,
  onClose,
  onConfirm,
}: {
  name: string;
  body: string;
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened={opened}
      onClose={onClose}
      title={t('frameworks.editor.removeSectionTitle', { name })}
    >
      <Text size="sm">{body}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('app.cancel')}
        </Button>
        <Button color="red.9" onClick={onConfirm}>
          {t('frameworks.editor.removeOf', { name })}
        </Button>
      </Group>
    </Modal>
  );
}
