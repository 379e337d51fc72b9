import { Badge } from '@mantine/core';

// Shade 9 of each colour keeps white text above 4.5:1.
const colors: Record<string, string> = {
  get: 'blue.9',
  post: 'teal.9',
  put: 'indigo.9',
  patch: 'grape.9',
  delete: 'red.9',
};

export function MethodBadge({ method }: { method: string }) {
  return (
    <Badge
      variant="filled"
      color={colors[method] ?? 'gray.9'}
      radius="sm"
      miw={72}
      styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {method.toUpperCase()}
    </Badge>
  );
}
