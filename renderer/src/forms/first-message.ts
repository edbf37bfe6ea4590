/** The first message of a failed zod parse, or undefined when the value is valid. */
export const firstMessage = (result: { success: true } | { success: false; error: { issues: readonly { message: string }[] } }): string | undefined =>
  result.success ? undefined : (result.error.issues[0]?.message ?? 'Nilai tidak valid');
