import type { FastifyReply, FastifyRequest } from 'fastify'
import type { OperationId, Operations } from '../schemas/index.js'

type Part<Operation, Key extends string> = Operation extends Record<Key, infer Value> ? Value : unknown

/** The request of an operation: its body, path and query parameters typed from the spec (and validated by it). */
export type OperationRequest<Id extends OperationId> = FastifyRequest<{
  Body: Part<Operations[Id], 'body'>
  Params: Part<Operations[Id], 'params'>
  Querystring: Part<Operations[Id], 'query'>
}>

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206
type Replies<Id extends OperationId> = Operations[Id]['reply']

/** What an operation's handler answers with: the body of one of its 2xx statuses. */
export type OperationReply<Id extends OperationId> = Exclude<Replies<Id>[Extract<keyof Replies<Id>, SuccessStatus>], undefined>

/**
 * A handler returns the answer's body, which Fastify serializes with the operation's response
 * schema; or the reply, when it has answered itself (a redirect, an error, a body-less answer).
 * Failures are thrown (AppError) or sent with `reply.sendError`.
 */
export type OperationHandler<Id extends OperationId> = (request: OperationRequest<Id>, reply: FastifyReply) => Promise<OperationReply<Id> | FastifyReply>

/** One handler per operation of the spec. */
export type OperationHandlers = { readonly [Id in OperationId]: OperationHandler<Id> }

/**
 * The handler map, checked where TypeScript alone would let it pass. A missing handler or one for
 * an operation the spec does not name does not compile. Nor does a handler whose answer has a
 * property the operation does not declare, at any depth: TypeScript flags those only in fresh
 * object literals, so a row or a library's object with extra fields would otherwise pass as the
 * declared type. (What a cast lets through is dropped at runtime: replies are serialized with
 * the spec's response schemas.)
 */
export function defineHandlers<Handlers extends OperationHandlers>(handlers: Handlers & ExactHandlers<Handlers>): OperationHandlers {
  return handlers
}

type ExactHandlers<Handlers> = {
  readonly [Id in keyof Handlers]: Id extends OperationId
    ? [UndeclaredInAnswer<Handlers[Id], Id>] extends [never] ? unknown : { readonly 'answers with a field the contract does not declare': UndeclaredInAnswer<Handlers[Id], Id> }
    : never
}

type UndeclaredInAnswer<Handler, Id extends OperationId> = Handler extends (...args: never[]) => Promise<infer Answer>
  ? Undeclared<OperationReply<Id>, Exclude<Answer, FastifyReply>>
  : never

type Leaf = string | number | boolean | bigint | symbol | null | undefined | Date

/** The paths (`user.passwordHash`, `keys[].d`) of properties in `Actual` that `Declared` does not have. */
export type Undeclared<Declared, Actual, Path extends string = ''> =
  Actual extends Leaf ? never
    : Actual extends readonly (infer Item)[] ? Undeclared<Declared extends readonly (infer DeclaredItem)[] ? DeclaredItem : never, Item, `${Path}[]`>
      : Actual extends object ? UndeclaredProperties<MatchingMembers<Declared, Actual>, Actual, Path>
        : never

type UndeclaredProperties<Declared, Actual, Path extends string> = {
  [Key in keyof Actual & string]-?: Key extends KeysOf<Declared>
    ? Undeclared<ValueAt<Declared, Key>, Actual[Key], Joined<Path, Key>>
    : Joined<Path, Key>
}[keyof Actual & string]

/** The members of a declared union that an answer stands for (all of them if it fits none alone). */
type MatchingMembers<Declared, Actual> = [FittingMembers<Declared, Actual>] extends [never] ? Declared : FittingMembers<Declared, Actual>
type FittingMembers<Declared, Actual> = Declared extends unknown ? (Actual extends Declared ? Declared : never) : never
type KeysOf<Union> = Union extends unknown ? keyof Union : never
type ValueAt<Union, Key> = Union extends unknown ? (Key extends keyof Union ? Union[Key] : never) : never
type Joined<Path extends string, Key extends string> = Path extends '' ? Key : `${Path}.${Key}`
