import type { ReactNode } from 'react';
import { useSession } from '../features/auth/SessionContext.tsx';
import { Link, navigate } from '../routes/router.tsx';

/** Page frame for signed-in staff: skip link, header with school and sign-out, main landmark. */
export function Layout({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          EHCP reviews
        </Link>
        {user && (
          <div className="who">
            {user.role === 'sendco' && (
              <nav aria-label="School records" className="records-nav">
                <Link href="/pupils">Pupils</Link>
                <Link href="/staff">Staff</Link>
                <Link href="/address-book">Address book</Link>
                <Link href="/outbox">Outbox</Link>
                <Link href="/audit">Audit trail</Link>
              </nav>
            )}
            <span>
              {user.name} · {user.schoolName}
            </span>
            <button type="button" className="link-button" onClick={() => void signOut().then(() => navigate('/'))}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
