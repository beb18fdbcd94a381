/** An email to send. Bodies are never logged. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * Working links inside `text` (personal links with their token). The outbox stores them only
   * encrypted, and forgets them once the message is sent (decision 40). Never put one in `html` or `subject`.
   */
  links?: readonly string[];
}

/**
 * Where mail goes after it is recorded in the outbox. `delivers` is false for the outbox-only
 * mailer (no SMTP configured): messages then stay `queued` for the SENDCo to see.
 */
export interface Mailer {
  readonly delivers: boolean;
  /** Sends one message; rejects when the server refuses it. */
  send(message: OutgoingMail): Promise<void>;
}
