// Runs the steps of a composite GitHub Action (action.yml) the way a GitHub runner does, on this
// machine: expressions (${{ }}, if:) are evaluated by GitHub's own expression engine
// (@actions/expressions), 'run' steps run in bash with the runner's files and variables
// (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_WORKSPACE, GITHUB_ACTION_PATH, RUNNER_TEMP, ...),
// and the two actions unitlint's action uses are stood in for: actions/setup-java (puts a given
// JDK first on PATH) and github/codeql-action/upload-sarif (checks that the file is SARIF 2.1.0
// and keeps a copy). Any other 'uses' fails. Used by .ci/action-test.sh.
//
//   node simulate-action.mjs CONFIG.json   (CONFIG: action, inputs, github, runner, path, javaHome, resultFile)
// Prints the steps' logs; writes the result (steps, outputs, uploads, setup-java calls) as JSON.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { Lexer, Parser, Evaluator, data } from "@actions/expressions";
import { truthy } from "@actions/expressions/result";
import YAML from "yaml";

const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const actionDir = path.dirname(path.resolve(config.action));
const action = YAML.parse(fs.readFileSync(config.action, "utf8"));
if (action.runs?.using !== "composite") throw new Error("not a composite action");

const temp = config.runner.temp;
const env = { ...process.env, ...config.env };
let pathDirs = (config.path ?? process.env.PATH).split(":");
const stepsContext = {};
const result = { steps: [], uploads: [], setupJava: [], outputs: {}, failed: false };
let jobStatus = "success";

const statusFunctions = new Map([
  ["success", { name: "success", minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(jobStatus === "success") }],
  ["failure", { name: "failure", minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(jobStatus === "failure") }],
  ["always", { name: "always", minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) }],
  ["cancelled", { name: "cancelled", minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(false) }],
]);

function contexts(inputs) {
  const github = {
    action_path: actionDir, workspace: config.github.workspace, ...config.github,
  };
  return JSON.parse(JSON.stringify({
    github, inputs, runner: { temp, os: "Linux", arch: "X64", ...config.runner }, steps: stepsContext, env,
  }), data.reviver);
}

function evaluate(expression, inputs) {
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, ["github", "inputs", "runner", "steps", "env"], [...statusFunctions.values()]).parse();
  return new Evaluator(parsed, contexts(inputs), statusFunctions).evaluate();
}

function template(value, inputs) {
  if (typeof value !== "string") return value;
  return value.replace(/\$\{\{(.*?)\}\}/gs, (_, expression) => evaluate(expression.trim(), inputs).coerceString());
}

function condition(value, inputs) {
  if (value === undefined) return truthy(evaluate("success()", inputs));
  let text = String(value).trim();
  const whole = text.match(/^\$\{\{(.*)\}\}$/s);
  if (whole) text = whole[1].trim();
  // As on GitHub: a condition without a status function is and-ed with success().
  if (!/\b(success|failure|always|cancelled)\s*\(/.test(text)) text = `success() && (${text})`;
  return truthy(evaluate(text, inputs));
}

function readKeyValues(file) {
  const values = {};
  if (!fs.existsSync(file)) return values;
  const lines = fs.readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = lines[i].match(/^([^=]+)<<(.+)$/);
    if (heredoc) {
      const body = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]);
      values[heredoc[1]] = body.join("\n");
    } else if (lines[i].includes("=")) {
      const at = lines[i].indexOf("=");
      values[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return values;
}

// Inputs: the caller's, else the defaults (which may be expressions).
const inputs = {};
for (const [name, spec] of Object.entries(action.inputs ?? {})) {
  if (name in (config.inputs ?? {})) inputs[name] = String(config.inputs[name]);
  else if (spec.default !== undefined) inputs[name] = template(String(spec.default), {});
  else if (spec.required) throw new Error(`input ${name} is required`);
  else inputs[name] = "";
}
for (const name of Object.keys(config.inputs ?? {})) {
  if (!(name in (action.inputs ?? {}))) throw new Error(`unexpected input ${name}`);
}

let index = 0;
for (const step of action.runs.steps) {
  index++;
  const id = step.id ?? `__${index}`;
  const name = step.name ?? step.id ?? step.uses ?? `step ${index}`;
  const record = { id, name, ran: false, outcome: "skipped", outputs: {} };
  result.steps.push(record);
  if (!condition(step.if, inputs)) {
    console.log(`::: skipped: ${name}`);
    stepsContext[id] = { outputs: {}, outcome: "skipped", conclusion: "skipped" };
    continue;
  }
  console.log(`::: run: ${name}`);
  record.ran = true;
  let ok = true;
  if (step.run !== undefined) {
    if (step.shell !== "bash") throw new Error(`step ${name}: only shell: bash is simulated`);
    const dir = fs.mkdtempSync(path.join(temp, "step-"));
    const files = {
      GITHUB_OUTPUT: path.join(dir, "output"), GITHUB_ENV: path.join(dir, "env"),
      GITHUB_PATH: path.join(dir, "path"), GITHUB_STEP_SUMMARY: path.join(dir, "summary"),
    };
    for (const file of Object.values(files)) fs.writeFileSync(file, "");
    const script = path.join(dir, "script.sh");
    fs.writeFileSync(script, template(step.run, inputs));
    const stepEnv = { ...env, ...files, PATH: pathDirs.join(":"),
      GITHUB_ACTION_PATH: actionDir, GITHUB_WORKSPACE: config.github.workspace, RUNNER_TEMP: temp,
      GITHUB_SERVER_URL: config.github.server_url, GITHUB_ACTION_REPOSITORY: config.github.action_repository ?? "",
      GITHUB_ACTION_REF: config.github.action_ref ?? "", GITHUB_ACTIONS: "true", CI: "true" };
    for (const [key, value] of Object.entries(step.env ?? {})) stepEnv[key] = template(String(value), inputs);
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script],
      { cwd: config.github.workspace, env: stepEnv, encoding: "utf8", maxBuffer: 64 << 20 });
    process.stdout.write(run.stdout);
    process.stdout.write(run.stderr);
    record.stdout = run.stdout;
    record.exitCode = run.status;
    ok = run.status === 0;
    record.outputs = readKeyValues(files.GITHUB_OUTPUT);
    Object.assign(env, readKeyValues(files.GITHUB_ENV));
    const added = fs.readFileSync(files.GITHUB_PATH, "utf8").split("\n").filter(Boolean);
    pathDirs = [...added.reverse(), ...pathDirs];
  } else if (step.uses) {
    const with_ = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, template(String(v), inputs)]));
    if (/^actions\/setup-java@v\d+$/.test(step.uses)) {
      if (!config.javaHome) throw new Error("setup-java called and no javaHome given to stand in for it");
      result.setupJava.push(with_);
      env.JAVA_HOME = config.javaHome;
      pathDirs = [path.join(config.javaHome, "bin"), ...pathDirs];
    } else if (/^github\/codeql-action\/upload-sarif@v\d+$/.test(step.uses)) {
      const file = with_.sarif_file;
      const sarif = JSON.parse(fs.readFileSync(path.resolve(config.github.workspace, file), "utf8"));
      if (sarif.version !== "2.1.0" || !Array.isArray(sarif.runs)) throw new Error(`${file} is not SARIF 2.1.0`);
      result.uploads.push({ ...with_, results: sarif.runs.reduce((n, r) => n + (r.results?.length ?? 0), 0) });
      console.log(`(upload-sarif stand-in) ${file}: SARIF ${sarif.version}, category ${with_.category}`);
    } else {
      throw new Error(`step ${name}: 'uses: ${step.uses}' is not simulated`);
    }
  } else {
    throw new Error(`step ${name}: neither run nor uses`);
  }
  record.outcome = ok ? "success" : "failure";
  stepsContext[id] = { outputs: record.outputs, outcome: record.outcome, conclusion: record.outcome };
  if (!ok) jobStatus = "failure";
}
for (const [name, spec] of Object.entries(action.outputs ?? {})) {
  result.outputs[name] = template(String(spec.value), inputs);
}
result.failed = jobStatus === "failure";
fs.writeFileSync(config.resultFile, JSON.stringify(result, null, 2));
console.log(`::: action ${result.failed ? "failed" : "succeeded"}`);
