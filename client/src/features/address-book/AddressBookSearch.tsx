import { useDeferredValue, useState, type RefObject } from 'react';
import { LIMITS } from '@ehcp/shared';

/** What is typed in an address-book search, and the query to send: trimmed, and deferred so typing stays quick. */
export function useSearchText() {
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  return { text, setText, q };
}

/** The address book's search box, on its page and in a review's picker. */
export function AddressBookSearch({
  id,
  text,
  onChange,
  inputRef,
}: {
  id: string;
  text: string;
  onChange: (text: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  return (
    <>
      <label htmlFor={id}>Search the address book</label>
      <p className="hint muted small" id={`${id}-hint`}>
        By name, role, organisation or email address.
      </p>
      <input
        ref={inputRef}
        id={id}
        aria-describedby={`${id}-hint`}
        type="search"
        value={text}
        maxLength={LIMITS.searchMax}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}
