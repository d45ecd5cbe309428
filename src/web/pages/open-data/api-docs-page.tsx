import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { TableScroll } from '../../views/components.tsx';

// A readable API reference rendered on the server from the OpenAPI document: no script, no third-party
// assets, so it obeys the strict CSP (a Swagger UI would need inline styles and a large script).

type Json = Record<string, any>;
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (schema.$ref) return String(schema.$ref).split('/').pop()!;
  if (schema.anyOf) {
    const consts = schema.anyOf.map((s: Json) => s.const).filter((c: unknown) => c !== undefined);
    return consts.length ? consts.join(' | ') : schema.anyOf.map(typeOf).join(' | ');
  }
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`;
  return schema.type ?? 'object';
}

function exampleOf(response: Json | undefined): unknown {
  const schema = response?.content ? (Object.values(response.content)[0] as Json | undefined)?.schema : undefined;
  const inline = response?.content ? (Object.values(response.content)[0] as Json | undefined)?.example : undefined;
  return inline ?? schema?.examples?.[0];
}

/** Every operation of the OpenAPI document, grouped by tag, with parameters, responses and an example. */
export function ApiDocsPage({ ctx, doc }: { ctx: PageContext; doc: Json }) {
  const { t } = ctx;
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) => METHODS.filter((m) => (item as Json)[m]).map((m) => ({ path, method: m, op: (item as Json)[m] as Json })));
  const schemas = (doc.components?.schemas ?? {}) as Json;
  const resolve = (r: Json | undefined) => (r?.$ref ? schemas[String(r.$ref).split('/').pop()!] : r);
  return (
    <Layout ctx={ctx} title={t('API documentation')}>
      <h1>{t('API documentation')}</h1>
      <p class="lead">{doc.info?.description}</p>
      <p>
        <a href="/api/v1/openapi.json">{t('The OpenAPI 3.1 document')}</a> · <a href={ctx.href('/open-data')}>{t('Open data')}</a>
      </p>
      <nav aria-label={t('Sections')}>
        <ul>
          {(doc.tags ?? []).map((tag: Json) => (
            <li>
              <a href={`#tag-${tag.name}`}>{tag.name}</a> — {tag.description}
            </li>
          ))}
        </ul>
      </nav>
      {(doc.tags ?? []).map((tag: Json) => (
        <section aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
          {ops
            .filter((o) => (o.op.tags ?? []).includes(tag.name))
            .map(({ path, method, op }) => {
              const ok = Object.entries(op.responses ?? {}).find(([code]) => code.startsWith('2'));
              const example = ok ? exampleOf(ok[1] as Json) ?? resolve((Object.values((ok[1] as Json).content ?? {})[0] as Json | undefined)?.schema)?.examples?.[0] : undefined;
              return (
                <article class="api-op">
                  <h3>
                    <code>
                      {method.toUpperCase()} {path}
                    </code>
                  </h3>
                  {op.summary ? <p>{op.summary}</p> : null}
                  {op.description ? <p>{op.description}</p> : null}
                  {op.parameters?.length ? (
                    <TableScroll label={t('Table: {title}', { title: `${t('Parameters')}: ${method.toUpperCase()} ${path}` })}>
                      <table>
                        <caption>{t('Parameters')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('Name')}</th>
                            <th scope="col">{t('In')}</th>
                            <th scope="col">{t('Type')}</th>
                            <th scope="col">{t('Description')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {op.parameters.map((p: Json) => (
                            <tr>
                              <td>
                                <code>{p.name}</code>
                                {p.required ? ' *' : ''}
                              </td>
                              <td>{p.in}</td>
                              <td>{typeOf(p.schema)}</td>
                              <td>{p.description ?? p.schema?.description ?? ''}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableScroll>
                  ) : null}
                  {op.requestBody ? <p>{t('Request body: JSON, see the OpenAPI document for every field.')}</p> : null}
                  <ul>
                    {Object.entries(op.responses ?? {}).map(([code, r]) => (
                      <li>
                        <strong>{code}</strong> {(r as Json).description}
                      </li>
                    ))}
                  </ul>
                  {example !== undefined ? (
                    <details>
                      <summary>{t('Example response')}</summary>
                      <pre>{typeof example === 'string' ? example : JSON.stringify(example, null, 2)}</pre>
                    </details>
                  ) : null}
                </article>
              );
            })}
        </section>
      ))}
    </Layout>
  );
}
