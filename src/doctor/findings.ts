/** One line of the doctor's report: what was checked, whether it holds, and how to fix it if not. */
export interface Finding {
  readonly ok: boolean
  /** A warning: worth knowing, not a failure. */
  readonly warning?: boolean
  readonly what: string
  readonly fix?: string
}

export const pass = (what: string): Finding => ({ ok: true, what })
export const fail = (what: string, fix: string): Finding => ({ ok: false, what, fix })
export const warn = (what: string, fix: string): Finding => ({ ok: true, warning: true, what, fix })

export function formatFinding(finding: Finding): string {
  if (!finding.ok) return `✗ ${finding.what} — fix: ${finding.fix}`
  if (finding.warning === true) return `! ${finding.what} — ${finding.fix}`
  return `✓ ${finding.what}`
}
