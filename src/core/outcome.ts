// Errors the user can cause (bad parameters, too few samples) are values, not exceptions.

export interface SmoteError {
  /** One line naming the problem and where: the parameter, the class, the limit. */
  message: string;
  parameter?: string;
  className?: string;
}

export type Failure = { ok: false; error: SmoteError };
export type Outcome<T> = { ok: true; value: T } | Failure;

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail(message: string, where: Omit<SmoteError, 'message'> = {}): Failure {
  return { ok: false, error: { message, ...where } };
}
