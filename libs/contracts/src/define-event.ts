import type { z } from 'zod';

/** One versioned event contract: what `type`@`version` carries and on which topic it travels. */
export interface EventContract<TType extends string = string, TSchema extends z.ZodType = z.ZodType> {
  type: TType;
  version: number;
  /** Topic the event travels on; one of TOPICS. */
  topic: string;
  schema: TSchema;
}

export function defineEvent<TType extends string, TSchema extends z.ZodType>(
  contract: EventContract<TType, TSchema>,
): EventContract<TType, TSchema> {
  return contract;
}

/** The payload type of a contract. */
export type EventData<C> = C extends EventContract<string, infer S> ? z.infer<S> : never;

/** Registry key of a contract: `type@version`. */
export function contractKey(type: string, version: number): string {
  return `${type}@${version}`;
}
