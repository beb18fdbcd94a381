import { useState, type FormEvent } from 'react';
import { LIMITS, SetPasswordRequestSchema, staffRoutes } from '@ehcp/shared';
import { ApiError, callApi } from '../../api/index.ts';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { Link } from '../../routes/router.tsx';

/** Public: an invited member of staff chooses their password from the link in their email. */
export function SetPasswordPage({ token }: { token: string }) {
  usePageTitle('Choose your password');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<{ n: number; text: string; field: 'password' | 'repeat' | null } | null>(null);
  const [isDone, setIsDone] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const errorRef = useFocusOnChange<HTMLDivElement>(error?.n ?? null);
  const doneRef = useFocusOnChange<HTMLHeadingElement>(isDone);
  const fail = (text: string, field: 'password' | 'repeat' | null) => setError((e) => ({ n: (e?.n ?? 0) + 1, text, field }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = SetPasswordRequestSchema.safeParse({ token, password });
    if (!parsed.success) return fail(parsed.error.issues[0]!.message, 'password');
    if (password !== repeat) return fail('The two passwords are not the same.', 'repeat');
    setIsBusy(true);
    try {
      await callApi(staffRoutes.setPassword, { body: parsed.data });
      setIsDone(true);
    } catch (caught) {
      fail(caught instanceof ApiError ? caught.message : 'Could not save your password. Please try again.', null);
    } finally {
      setIsBusy(false);
    }
  };

  if (isDone)
    return (
      <main className="login" id="main">
        <h1 ref={doneRef} tabIndex={-1}>
          Your password is set
        </h1>
        <p>
          <Link href="/">Sign in</Link> with your work email address and the password you chose.
        </p>
      </main>
    );
  return (
    <main className="login" id="main">
      <h1>Choose your password</h1>
      <p className="lede">Use at least {LIMITS.passwordMin} characters. A few words you will remember work well.</p>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <div ref={errorRef} tabIndex={-1} role={error ? 'alert' : undefined} hidden={!error} className="error-summary">
          {error && (
            <>
              <h2>There is a problem</h2>
              <p>
                {error.field ? (
                  <a href={`#${error.field === 'repeat' ? 'new-password-repeat' : 'new-password'}`}>{error.text}</a>
                ) : (
                  error.text
                )}
              </p>
            </>
          )}
        </div>
        <label htmlFor="new-password">New password</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={password}
          aria-invalid={error?.field === 'password' ? true : undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
        <label htmlFor="new-password-repeat">The same password again</label>
        <input
          id="new-password-repeat"
          type="password"
          autoComplete="new-password"
          value={repeat}
          aria-invalid={error?.field === 'repeat' ? true : undefined}
          onChange={(e) => setRepeat(e.target.value)}
        />
        <button type="submit" disabled={isBusy}>
          {isBusy ? 'Saving…' : 'Set password'}
        </button>
      </form>
    </main>
  );
}
