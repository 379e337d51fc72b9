import { Code, List, Text } from '@mantine/core';
import type { FrameworkIssue } from '../../../../shared/frameworks/validate';
import { useTranslation } from '../../../i18n';

/** The API reports paths under `definition`; in the file itself they start at its root. */
export function filePath(path: string) {
  return path.replace(/^definition\.?/, '');
}

/** Every problem, each as "path — message", so a file can be fixed in one pass. */
export function IssueList({ issues }: { issues: FrameworkIssue[] }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={4}>
      {issues.map((issue) => (
        <List.Item key={`${issue.path}\n${issue.message}`}>
          <Code>{filePath(issue.path) || t('frameworks.manage.wholeFile')}</Code>{' '}
          <Text span size="sm">
            — {issue.message}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
