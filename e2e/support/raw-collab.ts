import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** Opens a raw y-websocket connection with an LA link's access (`?share=`), no Yjs client. */
export async function openShareSocket(baseUrl: string, docName: string, share: string): Promise<WebSocket> {
  const url = `${baseUrl.replace(/^http/, 'ws')}/collab/${docName}?share=${encodeURIComponent(share)}`;
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return socket;
}

function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** A Yjs update that would add a paragraph with `text` to the report. */
export function craftReportUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('report').insert(0, [paragraph]);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Sends an update as both a sync update and a sync step 2, as a malicious viewer would. */
export function sendCraftedWrites(socket: WebSocket, update: Uint8Array): void {
  socket.send(syncMessage(2, update));
  socket.send(syncMessage(1, update));
}

/**
 * Asks the server for the whole document (sync step 1) and returns the report's text.
 * The server answers in order, so this also proves earlier messages were processed.
 */
export async function readReportText(socket: WebSocket): Promise<string> {
  const doc = new Y.Doc();
  const answer = new Promise<void>((resolve) => {
    const handleMessage = (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) return;
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
      socket.off('message', handleMessage);
      resolve();
    };
    socket.on('message', handleMessage);
  });
  socket.send(syncMessage(0, Y.encodeStateVector(doc)));
  await answer;
  const text = doc.getXmlFragment('report').toString();
  doc.destroy();
  return text;
}
