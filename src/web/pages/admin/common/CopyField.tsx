import { Button, Group, TextInput, VisuallyHidden } from '@mantine/core';
import { useTimeout } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from '../../../i18n';

/** A read-only value (a link, a secret) with a button that copies it and says so. */
export function CopyField({
  label,
  value,
  description,
}: {
  label: string;
  value: string;
  description?: string;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const { start } = useTimeout(() => setCopied(false), 2000);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // The Clipboard API exists only on secure origins; a server reached over plain http on a district
      // network still copies through the selection.
      input.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
    start();
  };

  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        ref={input}
        label={label}
        description={description}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1 }}
        styles={{ input: { fontFamily: 'ui-monospace, monospace' } }}
      />
      <Button onClick={() => void copy()} variant={copied ? 'filled' : 'outline'} miw={90}>
        {copied ? t('admin.common.copied') : t('admin.common.copy')}
      </Button>
      <VisuallyHidden role="status">{copied ? t('admin.common.copiedAnnouncement') : ''}</VisuallyHidden>
    </Group>
  );
}
