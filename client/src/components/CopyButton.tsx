import { useState } from 'react';

/** Copies `text` to the clipboard and says so; where the browser refuses, says how to copy by hand. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed'); // no clipboard permission (e.g. plain http): the field is selectable
    }
  };
  return (
    <span className="copy-button">
      <button type="button" className="secondary small" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="muted small" data-testid="copy-status">
        {state === 'copied' ? ' Copied.' : state === 'failed' ? ' Could not copy: select the text and copy it.' : ''}
      </span>
    </span>
  );
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its web addresses as links that open in a new tab. */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} target="_blank" rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
