import { useState, type FormEvent } from 'react';
import { LoginRequestSchema, sessionRoutes } from '@ehcp/shared';
import { ApiError, callApi } from '../../api/index.ts';
import { useSession } from './SessionContext.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** Staff sign-in with email and password. */
export function LoginPage() {
  usePageTitle('Sign in');
  const { setUser } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = LoginRequestSchema.safeParse({ email, password });
    if (!parsed.success) {
      setError('Enter your email address and password.');
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      const { user } = await callApi(sessionRoutes.login, { body: parsed.data });
      setUser(user);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not sign in. Please try again.');
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <main className="login">
      <h1>EHCP annual review workspace</h1>
      <p className="lede">Sign in to see your caseload and review deadlines.</p>
      <form onSubmit={handleSubmit} noValidate aria-describedby={error ? 'login-error' : undefined}>
        <label htmlFor="email">Email address</label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {error && (
          <p id="login-error" role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={isBusy}>
          {isBusy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
