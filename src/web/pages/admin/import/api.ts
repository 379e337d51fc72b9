import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, postText } from '../../../api/client';
import type { ImportResult } from '../types';

type Mode = 'preview' | 'commit';

/** A refused commit answers 400 with the same report as a preview; hand that report back rather than a bare error. */
function importCsv(organizationId: string, mode: Mode, text: string): Promise<ImportResult> {
  return postText<ImportResult>(
    `/api/organizations/${organizationId}/import?mode=${mode}`,
    text,
    'text/csv',
  ).catch((error: unknown) => {
    if (error instanceof ApiError && Array.isArray(error.body.rows) && Array.isArray(error.body.errors)) {
      return error.body as unknown as ImportResult;
    }
    throw error;
  });
}

export function useImport(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ mode, text }: { mode: Mode; text: string }) => importCsv(organizationId, mode, text),
    onSuccess: (result) => {
      if (result.mode === 'commit' && result.created > 0)
        void client.invalidateQueries({ queryKey: ['organization'] });
      if (result.mode === 'commit' && result.created > 0)
        void client.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}
