import { request } from 'playwright-core';
import { demoPassword } from './session';

export type InvitedLeader = { email: string; name: string; password: string; organizationId: string };

/**
 * Gives a demo school a principal of its own, the way a district administrator would: an invitation to the
 * leader role, accepted with a password. The server runs without SMTP, so the invitation returns its link.
 */
export async function inviteLeader(
  serverUrl: string,
  {
    organization,
    email,
    name,
    invitedBy = 'district.admin@example.org',
    password = demoPassword,
  }: { organization: string; email: string; name: string; invitedBy?: string; password?: string },
): Promise<InvitedLeader> {
  const api = await request.newContext({ baseURL: serverUrl });
  try {
    const login = await api.post('/api/auth/login', { data: { email: invitedBy, password } });
    if (!login.ok()) throw new Error(`${invitedBy} could not sign in: ${await login.text()}`);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': csrfToken };

    const search = await api.get('/api/organizations', { params: { search: organization, kind: 'school' } });
    const { items } = (await search.json()) as { items: { id: string; name: string }[] };
    const school = items.find((o) => o.name === organization);
    if (!school) throw new Error(`${organization} is not in the demo network.`);

    const invited = await api.post(`/api/organizations/${school.id}/invitations`, {
      headers,
      data: { email, name, role: 'leader' },
    });
    if (invited.status() !== 201) throw new Error(`The invitation failed: ${await invited.text()}`);
    const { link } = (await invited.json()) as { link: string | null };
    const token = link && new URL(link).searchParams.get('token');
    if (!token) throw new Error('The invitation returned no link; is SMTP switched off?');

    // A fresh context, so the acceptance does not ride on the administrator's session.
    const invitee = await request.newContext({ baseURL: serverUrl });
    try {
      const accepted = await invitee.post('/api/invitations/accept', { data: { token, password } });
      if (!accepted.ok()) throw new Error(`Accepting the invitation failed: ${await accepted.text()}`);
    } finally {
      await invitee.dispose();
    }
    return { email, name, password, organizationId: school.id };
  } finally {
    await api.dispose();
  }
}
