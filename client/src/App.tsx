import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from './api/index.ts';
import { CaseloadPage } from './features/caseload/CaseloadPage.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { SessionProvider, useSession } from './features/auth/SessionContext.tsx';
import { OutcomePage } from './features/outcome-link/OutcomePage.tsx';
import { ReviewPage } from './features/review-workspace/ReviewPage.tsx';
import { Layout } from './components/Layout.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { ParticipantLandingPage } from './features/contributions/ParticipantLandingPage.tsx';
import { OutboxPage } from './features/outbox/OutboxPage.tsx';
import { PapersPage } from './features/circulation/PapersPage.tsx';
import { PupilsPage } from './features/pupils/PupilsPage.tsx';
import { SetPasswordPage } from './features/staff/SetPasswordPage.tsx';
import { StaffPage } from './features/staff/StaffPage.tsx';
import { AddressBookPage } from './features/address-book/AddressBookPage.tsx';
import { usePath } from './routes/router.tsx';
import { matchRoute } from './routes/routes.ts';
import { usePageTitle } from './hooks/usePageTitle.ts';

function StaffScreens() {
  const route = matchRoute(usePath());
  const { user, isLoading } = useSession();
  if (isLoading) return <p aria-live="polite">Loading…</p>;
  if (!user) return <LoginPage />;
  return (
    <Layout>
      {route.name === 'caseload' || route.name === 'login' ? (
        <CaseloadPage />
      ) : route.name === 'review' ? (
        <ReviewPage key={route.reviewId} reviewId={route.reviewId} />
      ) : route.name === 'review-papers' ? (
        <PapersPage key={route.reviewId} reviewId={route.reviewId} />
      ) : route.name === 'outbox' ? (
        <OutboxPage />
      ) : route.name === 'audit' ? (
        <AuditPage />
      ) : route.name === 'pupils' ? (
        <PupilsPage />
      ) : route.name === 'staff' ? (
        <StaffPage />
      ) : route.name === 'address-book' ? (
        <AddressBookPage />
      ) : (
        <NotFound />
      )}
    </Layout>
  );
}

function NotFound() {
  usePageTitle('Page not found');
  return <p>Page not found.</p>;
}

/** Routes: the LA link and participant link pages need no session; everything else is for signed-in staff. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Screens />
    </QueryClientProvider>
  );
}

function Screens() {
  const route = matchRoute(usePath());
  if (route.name === 'outcome-link') return <OutcomePage token={route.token} />;
  if (route.name === 'participant-link') return <ParticipantLandingPage token={route.token} />;
  if (route.name === 'set-password') return <SetPasswordPage token={route.token} />;
  return (
    <SessionProvider>
      <StaffScreens />
    </SessionProvider>
  );
}
