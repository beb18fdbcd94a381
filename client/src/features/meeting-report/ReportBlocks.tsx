import type { ReactNode } from 'react';
import type { ReportBlock, TextRun } from '@ehcp/shared';

function Run({ run }: { run: TextRun }) {
  let node: ReactNode = run.text;
  if (run.code) node = <code>{node}</code>;
  if (run.strike) node = <s>{node}</s>;
  if (run.underline) node = <u>{node}</u>;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  // Only web and mail addresses reach a run (shared docToBlocks).
  if (run.href)
    node = (
      <a href={run.href} rel="noopener noreferrer nofollow">
        {node}
      </a>
    );
  return <>{node}</>;
}

const HEADINGS = ['h4', 'h5', 'h6', 'h6'] as const;

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className="pre-wrap">
          {block.runs.map((run, index) => (
            <Run key={index} run={run} />
          ))}
        </p>
      );
    case 'heading': {
      const Heading = HEADINGS[block.level - 1] ?? 'h6';
      return <Heading>{block.text}</Heading>;
    }
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <ReportBlocks blocks={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <figure className="quoted" data-testid="quoted-contribution">
          <blockquote>
            <ReportBlocks blocks={block.blocks} />
          </blockquote>
          {block.caption && <figcaption>{block.caption}</figcaption>}
        </figure>
      );
    case 'code':
      return (
        <pre>
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr />;
    case 'fields':
      return (
        <dl className="report-fields">
          {block.rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd className="pre-wrap">{row.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column} className="pre-wrap">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'empty':
      return <p className="muted">{block.text}</p>;
  }
}

/**
 * Report blocks (shared `reportSections`) as React elements. Everything is text: nothing typed
 * into a report becomes markup, and links are only web and mail addresses.
 */
export function ReportBlocks({ blocks }: { blocks: ReportBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </>
  );
}
