import { useEffect, useState } from 'react';
import { SocketEvents, type PresentPerson } from '@ehcp/shared';
import { getSocket } from './socket.ts';

/**
 * Joins a review's room while mounted: who else is here, and whether it was finalised
 * meanwhile. Components see values, never the socket.
 */
export function useReviewRoom(reviewId: string, onFinalised: () => void): { people: PresentPerson[]; isConnected: boolean } {
  const [people, setPeople] = useState<PresentPerson[]>([]);
  const [isConnected, setIsConnected] = useState(false);
  useEffect(() => {
    const socket = getSocket();
    const join = () => {
      setIsConnected(true);
      socket.emit(SocketEvents.reviewJoin, { reviewId }, (result) => {
        if (result.ok) setPeople(result.data.people);
      });
    };
    const handleDisconnect = () => setIsConnected(false);
    const handlePresence = (payload: { reviewId: string; people: PresentPerson[] }) => {
      if (payload.reviewId === reviewId) setPeople(payload.people);
    };
    const handleFinalised = (payload: { reviewId: string }) => {
      if (payload.reviewId === reviewId) onFinalised();
    };
    socket.on('connect', join);
    socket.on('disconnect', handleDisconnect);
    socket.on(SocketEvents.presenceUpdate, handlePresence);
    socket.on(SocketEvents.reviewFinalised, handleFinalised);
    if (socket.connected) join();
    return () => {
      socket.emit(SocketEvents.reviewLeave, { reviewId }, () => {});
      socket.off('connect', join);
      socket.off('disconnect', handleDisconnect);
      socket.off(SocketEvents.presenceUpdate, handlePresence);
      socket.off(SocketEvents.reviewFinalised, handleFinalised);
    };
  }, [reviewId, onFinalised]);
  return { people, isConnected };
}
