import { useRemoteChanges, type CollabDoc } from '../../editor/index.ts';
import { describeRemoteChanges, reportPartLabel } from './remote-change-text.ts';

/**
 * A polite, throttled spoken summary of what others change in the meeting report, so a screen
 * reader user hears "Tom Hughes changed Parents' views" rather than every keystroke or nothing.
 */
export function RemoteChanges({ collab }: { collab: CollabDoc }) {
  const changes = useRemoteChanges(collab, reportPartLabel);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="remote-changes">
      {describeRemoteChanges(changes)}
    </p>
  );
}
