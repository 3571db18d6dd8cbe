import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { VALIDATION_REPORT_FILE } from 'aws-cdk-lib/cx-api';
import { buildApp } from '#infra/liike-app';

/** The context of `cdk.json` (feature flags among it), as `cdk synth` reads it. */
export const cdkJson = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../cdk.json'), 'utf8')) as {
  context: Record<string, unknown>;
};

export interface ValidationReport {
  pluginReports: { pluginName: string; violations: { ruleName: string; violatingConstructs?: { constructPath: string }[] }[] }[];
}

/** Runs `fn` with a fresh cloud-assembly directory, removed afterwards. */
export function withOutdir<T>(fn: (outdir: string) => T): T {
  const outdir = mkdtempSync(path.join(tmpdir(), 'liike-cdk-'));
  try {
    return fn(outdir);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * Builds and synthesises the app as `cdk synth` does (cdk.json's feature flags, cdk-nag
 * plugins), but without bundling the functions. Synthesis throws if cdk-nag reports an error.
 */
export function synthApp(context: Record<string, unknown> = {}) {
  return withOutdir((outdir) => {
    const built = buildApp({ outdir, context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...context } });
    const assembly = built.app.synth();
    const report = JSON.parse(readFileSync(path.join(assembly.directory, VALIDATION_REPORT_FILE), 'utf8')) as ValidationReport;
    return {
      ...built,
      report,
      // Templates are read now, while the assembly directory exists.
      edgeTemplate: Template.fromStack(built.edge),
      statefulTemplate: Template.fromStack(built.stateful),
      statelessTemplate: Template.fromStack(built.stateless),
      siteTemplate: Template.fromStack(built.site),
    };
  });
}

/** Every CloudFormation resource of a type, by logical id. */
export function resourcesOf(template: Template, type: string): [string, { Properties?: any; [key: string]: any }][] {
  return Object.entries(template.findResources(type));
}
