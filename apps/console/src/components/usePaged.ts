import { useCallback, useEffect, useState } from 'react';
import { useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';

interface Connection<N> {
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Cursor pagination over one connection: the first page, then each `after` page appended
 * as the user asks for it. `pick` finds the connection in the query's result.
 */
export function usePaged<D, V extends AnyVariables & { after?: string | null }, N>(
  query: TypedDocumentNode<D, V>,
  variables: Omit<V, 'after'>,
  pick: (data: D) => Connection<N> | undefined,
  pause = false,
) {
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<Map<string | null, N[]>>(new Map());
  const key = JSON.stringify(variables);
  const [result, reexecute] = useQuery({ query, variables: { ...variables, after } as unknown as V, pause });
  useEffect(() => {
    setAfter(null);
    setPages(new Map());
  }, [key]);
  const connection = result.data ? pick(result.data) : undefined;
  useEffect(() => {
    if (!connection) return;
    setPages((previous) => new Map(previous).set(after, connection.edges.map((edge) => edge.node)));
  }, [connection]);
  const items = [...pages.values()].flat();
  const more = useCallback(() => {
    if (connection?.pageInfo.endCursor) setAfter(connection.pageInfo.endCursor);
  }, [connection]);
  const refresh = useCallback(() => {
    setAfter(null);
    setPages(new Map());
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);
  return {
    items,
    fetching: result.fetching,
    error: result.error,
    loaded: connection !== undefined || pages.size > 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    more,
    refresh,
  };
}
