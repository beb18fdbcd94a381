import { useEffect } from 'react';

/**
 * While `shouldWarn`, leaving or reloading the page asks for confirmation (the browser's own
 * dialog): there are edits the server has not confirmed yet. They are also kept on this device,
 * so leaving anyway does not lose them; the warning says they have not reached everyone yet.
 */
export function useLeaveWarning(shouldWarn: boolean): void {
  useEffect(() => {
    if (!shouldWarn) return;
    const handleBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', handleBeforeUnload);
    return () => window.removeEventListener('beforeunload', handleBeforeUnload);
  }, [shouldWarn]);
}
