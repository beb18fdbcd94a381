import { useState, type FormEvent } from 'react';
import { CASELOAD_TEMPLATE_CSV, caseloadRoutes, LIMITS, type CaseloadImportResult, type ImportRowError } from '@ehcp/shared';
import { ApiError, callApi } from '../../api/index.ts';
import { decodeCsv } from './decode-csv.ts';

/** Turns the API's `rows.<row>.<column>` detail paths back into rows and columns. */
function toRowErrors(error: ApiError): ImportRowError[] {
  return error.details.map((detail) => {
    const [, row, ...column] = detail.path.split('.');
    return { row: Number(row), column: column.join('.'), message: detail.message };
  });
}

/** The SENDCo's caseload CSV upload; every problem is listed by row and column, and nothing is imported until none are left. */
export function CaseloadImport({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CaseloadImportResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<ImportRowError[]>([]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setMessage(null);
    setRowErrors([]);
    if (!file) return setMessage('Choose a CSV file first.');
    if (file.size > LIMITS.caseloadImportMaxBytes) {
      return setMessage(`The file is larger than ${LIMITS.caseloadImportMaxBytes / 1024} KB; split it into smaller files.`);
    }
    setBusy(true);
    try {
      // Excel saves "CSV" as Windows-1252 unless told UTF-8: read the bytes, not file.text().
      const { text } = decodeCsv(new Uint8Array(await file.arrayBuffer()));
      setResult((await callApi(caseloadRoutes.import, { body: { csv: text } })).result);
      onImported();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setMessage(caught.message);
        if (caught.code === 'import_invalid') setRowErrors(toRowErrors(caught));
      } else setMessage('The file could not be read.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">Import your caseload</h2>
      <p className="muted">
        Save your spreadsheet as CSV with these columns: Pupil name, Date of birth, UPN (optional), Plan issue date, Last review
        meeting date, LA, Year group (optional), Transfer type and Transfer date (optional). Dates as DD/MM/YYYY or YYYY-MM-DD.
        Names may be written “Surname, Forename”. Excel’s CSV (Windows-1252), CSV UTF-8 and files separated by semicolons are all
        read. Importing the same file again does not duplicate anyone.
      </p>
      <p>
        <a
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(CASELOAD_TEMPLATE_CSV)}`}
          download="caseload-template.csv"
          data-testid="caseload-template"
        >
          Download a template (CSV)
        </a>
      </p>
      <form onSubmit={(event) => void handleSubmit(event)} className="import-form">
        <label htmlFor="caseload-file">CSV file</label>
        <input id="caseload-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <button type="submit" disabled={busy}>
          {busy ? 'Importing…' : 'Import caseload'}
        </button>
      </form>
      <div aria-live="polite">
        {result && (
          <p className="success" data-testid="import-result">
            Imported {result.rows} pupils: {result.created} new, {result.updated} updated, {result.unchanged} unchanged.
          </p>
        )}
      </div>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      {rowErrors.length > 0 && (
        <table className="caseload import-errors" data-testid="import-errors">
          <caption>Nothing was imported. Fix these in your spreadsheet and import it again.</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {rowErrors.map((error, index) => (
              <tr key={index}>
                <td>{error.row}</td>
                <td>{error.column || '—'}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
