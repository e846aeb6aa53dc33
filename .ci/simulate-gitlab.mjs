// Runs a job of a GitLab CI template the way GitLab's shell executor does, on this machine:
// the job's 'extends' are merged, its variables expanded (${VAR} in a variable's value) and
// exported with CI_PROJECT_DIR, and its script lines run in one bash with 'set -eo pipefail',
// in the project folder. Used by .ci/action-test.sh for gitlab/unitlint.gitlab-ci.yml.
//
//   node simulate-gitlab.mjs TEMPLATE JOB PROJECT_DIR [NAME=VALUE...]   (variables set by the user's job)
// Exits as the job's script exits; prints the job's 'artifacts' as JSON on its last line.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import YAML from "yaml";

const [templateFile, jobName, projectDir, ...assignments] = process.argv.slice(2);
const template = YAML.parse(fs.readFileSync(templateFile, "utf8"));

function resolve(name) {
  const job = template[name];
  if (!job) throw new Error(`no job ${name} in ${templateFile}`);
  if (!job.extends) return job;
  const base = resolve(job.extends);
  return { ...base, ...job, variables: { ...base.variables, ...job.variables } };
}

const job = resolve(jobName);
const variables = { ...job.variables };
for (const assignment of assignments) {
  const at = assignment.indexOf("=");
  variables[assignment.slice(0, at)] = assignment.slice(at + 1);
}
const env = { ...process.env, CI: "true", GITLAB_CI: "true", CI_PROJECT_DIR: projectDir };
for (const [name, value] of Object.entries(variables)) {
  env[name] = String(value).replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => env[a ?? b] ?? variables[a ?? b] ?? "");
}
const lines = [...(job.before_script ?? []), ...job.script];
const run = spawnSync("bash", ["--noprofile", "--norc", "-c", ["set -eo pipefail", ...lines].join("\n")],
  { cwd: projectDir, env, stdio: ["ignore", "inherit", "inherit"] });
console.log(JSON.stringify({ artifacts: job.artifacts ?? null }));
process.exit(run.status ?? 1);
