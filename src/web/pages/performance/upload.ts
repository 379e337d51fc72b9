import { ApiError } from '../../api/client';
import { i18n } from '../../i18n';

export type UploadProgress = { phase: 'uploading'; loaded: number; total: number } | { phase: 'saving' };

/**
 * Posts a multipart form with the session's CSRF token, like every other write. XMLHttpRequest rather than
 * fetch because only it reports how much of a large file has been sent; once the last byte is out the
 * server is still saving, which `onProgress` reports as the `saving` phase. Errors throw ApiError, so forms
 * put each message beside its field as for JSON calls.
 */
export function postForm<T>(
  path: string,
  form: FormData,
  csrfToken: string | null,
  onProgress?: (progress: UploadProgress) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    if (onProgress) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable)
          onProgress({ phase: 'uploading', loaded: event.loaded, total: event.total });
      };
      xhr.upload.onload = () => onProgress({ phase: 'saving' });
    }
    xhr.onload = () => {
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse(xhr.responseText || '{}');
      } catch {
        // A proxy's HTML error page: the status text is all there is.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else
        reject(
          new ApiError(
            xhr.status,
            typeof data.error === 'string' ? data.error : xhr.statusText,
            Array.isArray(data.issues) ? data.issues : [],
            data,
          ),
        );
    };
    xhr.onerror = () => reject(new ApiError(0, i18n.t('performance.import.unreachable')));
    xhr.send(form);
  });
}
