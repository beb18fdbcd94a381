import { useEffect } from 'react';

/** The product's name, after each page's own title in the browser tab. */
export const PRODUCT_NAME = 'EHCP annual review';

/** Gives the page its own `<title>` (WCAG 2.4.2), so tabs, history and screen readers tell pages apart. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${PRODUCT_NAME}`;
  }, [title]);
}
