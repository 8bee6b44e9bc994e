/**
 * Problems found in a package. Reading goes on after the first problem so an author fixes everything
 * in one round instead of uploading once per mistake.
 */

/** One thing wrong with (or worth telling about) a package. */
export interface PackageIssue {
  /** Path relative to the package root, `/`-separated; `.` for the package as a whole. */
  file: string;
  /** A sentence saying what is wrong and what to do about it. */
  message: string;
}

/** Thrown by `readProblemPackage` with every error found, not only the first. */
export class ProblemPackageError extends Error {
  readonly issues: readonly PackageIssue[];

  constructor(issues: readonly PackageIssue[]) {
    const lines = issues.map((issue) => `  ${issue.file}: ${issue.message}`);
    super(`the problem package has ${issues.length} error(s):\n${lines.join('\n')}`);
    this.name = 'ProblemPackageError';
    this.issues = issues;
  }
}

/** Collects errors and warnings while the readers walk the package. */
export class IssueLog {
  readonly errors: PackageIssue[] = [];
  readonly warnings: PackageIssue[] = [];

  error(file: string, message: string): void {
    this.errors.push({ file, message });
  }

  warn(file: string, message: string): void {
    this.warnings.push({ file, message });
  }
}
