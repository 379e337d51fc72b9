import { useTranslation } from '../../i18n';
import { AdminPage } from './common/AdminPage';
import { Section } from './common/Section';
import { AddMemberForm } from './people/AddMemberForm';
import { InvitationsTable } from './people/InvitationsTable';
import { InviteForm } from './people/InviteForm';
import { MembersTable } from './people/MembersTable';

/** Who holds which role in an organization, and the ways to add people. */
export default function PeoplePage({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  return (
    <AdminPage organizationId={organizationId} title={t('admin.people.title')} requires="read">
      {(organization) => {
        const canManage = organization.abilities.manageMembers === true;
        return (
          <>
            <Section id="people-members" title={t('admin.people.membersTitle')}>
              <MembersTable
                organizationId={organizationId}
                organizationName={organization.name}
                canManage={canManage}
              />
            </Section>
            {canManage && (
              <>
                <Section
                  id="people-invite"
                  title={t('admin.people.inviteTitle')}
                  intro={t('admin.people.inviteIntro')}
                >
                  <InviteForm organizationId={organizationId} />
                </Section>
                <Section id="people-invitations" title={t('admin.people.invitationsTitle')}>
                  <InvitationsTable organizationId={organizationId} />
                </Section>
                <Section
                  id="people-add"
                  title={t('admin.people.addTitle')}
                  intro={t('admin.people.addIntro')}
                >
                  <AddMemberForm organizationId={organizationId} />
                </Section>
              </>
            )}
          </>
        );
      }}
    </AdminPage>
  );
}
