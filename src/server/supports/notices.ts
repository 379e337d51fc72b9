import type { SupportAnswer } from '../../shared/schemas/supports';

/** Notification text is short: a title line and a body excerpt. */
export function excerpt(text: string, max = 280) {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The in-app address that opens one support on an organization's supports page. */
export function supportLink(organizationId: string, supportId: string) {
  return `/o/${organizationId}/supports?support=${supportId}`;
}

/** The answers read as verbs: "accepted", "declined", "provided". */
export function answerTitle(respondentName: string, status: SupportAnswer, need: string) {
  return `${respondentName} ${status} your support request: ${excerpt(need, 100)}`;
}
