import { Button, Group } from '@mantine/core';
import { WriteError, type WriteErrorProps } from '../WriteError';

type Props = WriteErrorProps & {
  pending: boolean;
  submitLabel: string;
  cancelLabel: string;
  onCancel: () => void;
};

/** The end of an item's form: a failed save's message that no field shows, then save and cancel. */
export function FormButtons({ pending, submitLabel, cancelLabel, onCancel, ...error }: Props) {
  return (
    <>
      <WriteError {...error} />
      <Group>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </Group>
    </>
  );
}
