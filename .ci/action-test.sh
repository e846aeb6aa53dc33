#!/usr/bin/env bash
# Shows the GitHub Action (action.yml) and the GitLab CI template (gitlab/unitlint.gitlab-ci.yml)
# working in a user's repository, on this machine:
#  - action.yml and .github/workflows/release.yml validate against SchemaStore's schemas for
#    action metadata and workflows (action-validator, from npm), and a broken action.yml does not;
#  - the action's steps run with a simulated runner (.ci/simulate-action.mjs: GitHub's expression
#    engine, GITHUB_OUTPUT, GITHUB_WORKSPACE, RUNNER_TEMP, ...) in a throw-away workspace, with no
#    java on PATH: from a release (the artifacts of tools/release/build.sh) it annotates, uploads
#    SARIF when asked, honours fail-on, systemd-version, config and args, and refuses an archive
#    whose checksum does not match; from a branch it sets up Java and builds from its checkout;
#  - the GitLab job's script writes the Code Quality report and fails on findings.
# Needs target/release (tools/release/build.sh), node and npm (the npm registry).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
release="$here/target/release"
say() { echo "action-test: $*"; }
fail() { echo "action-test: FAILED: $*" >&2; exit 1; }

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q nodejs npm
fi
[ -f "$release/SHA256SUMS" ] || fail "no $release/SHA256SUMS: run tools/release/build.sh first"
version="$(sed -n 's/^version=//p' "$here/target/classes/dev/unitlint/build-info.properties")"
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm_dir="$work/npm"
mkdir -p "$npm_dir"
(cd "$npm_dir" && echo '{"private": true, "type": "module"}' > package.json \
  && npm install --no-audit --no-fund --loglevel=error \
     @actions/expressions@0.3.61 yaml@2.8.1 @action-validator/cli@0.6.0 @action-validator/core@0.6.0 >/dev/null)
cp "$here/.ci/simulate-action.mjs" "$here/.ci/simulate-gitlab.mjs" "$npm_dir/"
validator="$npm_dir/node_modules/.bin/action-validator"

# --- Schemas ----------------------------------------------------------------------------------
"$validator" "$here/action.yml" || fail "action.yml does not validate against the action metadata schema"
cp "$here/.github/workflows/release.yml" "$work/release.yaml"
"$validator" "$work/release.yaml" || fail "release.yml does not validate against the workflow schema"
sed 's/^  using: composite/  using: compositely/' "$here/action.yml" > "$work/action.yml"
if "$validator" "$work/action.yml" >/dev/null 2>&1; then fail "the validator accepts a broken action.yml"; fi
say "action.yml and release.yml validate against SchemaStore's schemas (action-validator 0.6.0); a broken action.yml does not"

# A PATH without java: every command of /usr/bin and /bin but java's.
nojava="$work/nojava-bin"
mkdir -p "$nojava"
for tool in /usr/local/bin/* /usr/bin/* /bin/*; do
  name="$(basename "$tool")"
  case "$name" in java|javac|jar|jlink|jdeps|jshell|jpackage|keytool|jcmd|javadoc|javap|jfr|jinfo|jmap|jps|jstack|jstat|jrunscript|serialver|rmiregistry|jarsigner|jconsole|jdb|jhsdb|jimage|jmod|jstatd) continue ;; esac
  [ -e "$nojava/$name" ] || ln -s "$tool" "$nojava/$name"
done
PATH="$nojava" command -v java >/dev/null 2>&1 && fail "java is still on the stripped PATH"

# The user's repository: one bad unit (SD301), one good one, a drop-in, a oneshot service that
# only systemd before 244 refuses, and a configuration file.
workspace="$work/workspace"
mkdir -p "$workspace/units/web.service.d" "$workspace/ci"
cat > "$workspace/units/web.service" <<'UNIT'
[Unit]
Description=Web server

[Service]
ExecStart=/usr/sbin/httpd -DFOREGROUND
UNIT
printf '[Service]\nRestart=on-failure\nRestartSec=5s\n' > "$workspace/units/web.service.d/10-restart.conf"
printf '[Service]\nType=oneshot\nExecStart=/usr/bin/backup\nRestart=always\n' > "$workspace/units/backup.service"
printf '[Service]\nType=oneshot\nExecStart=/usr/bin/sync-once\nRestart=on-failure\n' > "$workspace/units/sync.service"
printf 'ignore:\n  - SD301\n' > "$workspace/ci/unitlint.yaml"

# run_action NAME ACTION_DIR ACTION_REF INPUTS_JSON [NAME=VALUE env...]: runs the action, leaves
# the log in $work/NAME.log and the result in $work/NAME.json.
run_action() {
  local name="$1" action_dir="$2" ref="$3" inputs="$4"
  shift 4
  local temp="$work/$name-temp" env_json="{}"
  rm -rf "$temp" && mkdir -p "$temp"
  if [ $# -gt 0 ]; then
    env_json="$(node -e 'const o={}; for (const a of process.argv.slice(1)) { const i=a.indexOf("="); o[a.slice(0,i)]=a.slice(i+1); } console.log(JSON.stringify(o))' "$@")"
  fi
  cat > "$work/$name-config.json" <<JSON
{
  "action": "$action_dir/action.yml",
  "inputs": $inputs,
  "github": {"workspace": "$workspace", "server_url": "https://github.com", "action_repository": "unitlint/unitlint",
             "action_ref": "$ref", "event_name": "pull_request", "repository": "someone/their-units"},
  "runner": {"temp": "$temp"},
  "env": $env_json,
  "path": "$nojava",
  "javaHome": "$java_home",
  "resultFile": "$work/$name.json"
}
JSON
  (cd "$npm_dir" && env -u JAVA_HOME node simulate-action.mjs "$work/$name-config.json") > "$work/$name.log" 2>&1 \
    || { cat "$work/$name.log"; fail "$name: the simulated runner failed"; }
}
result() { node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1])); console.log(eval(process.argv[2]))' "$work/$1.json" "$2"; }
release_url="file://$release"

# 1. From a release tag, defaults: annotations, and the step fails on the SD301 error.
run_action release-default "$here" "v$version" '{"paths": "units"}' UNITLINT_RELEASE_URL="$release_url"
[ "$(result release-default 'r.steps[0].outputs.mode')" = release ] || fail "release-default: not installed from the release"
[ "$(result release-default 'r.setupJava.length')" = 0 ] || fail "release-default: set up Java although the archive brings its own"
[ "$(result release-default 'r.steps.find(s => s.name === "Build unitlint").ran')" = false ] || fail "release-default: built from source"
grep -q '^::error file=units/backup.service,line=4,endLine=4,col=9,endColumn=15,title=unitlint (SD301 restart-always-oneshot)::' "$work/release-default.log" \
  || { cat "$work/release-default.log"; fail "release-default: no SD301 annotation"; }
[ "$(result release-default 'r.outputs["exit-code"]')" = 1 ] && [ "$(result release-default 'r.failed')" = true ] \
  || fail "release-default: the action did not fail on an error"
[ "$(result release-default 'r.outputs.version')" = "$version" ] || fail "release-default: version output"
say "from tag v$version: release archive downloaded and verified, no Java set up, $(grep -c '^::\(error\|warning\|notice\) file=' "$work/release-default.log") annotations, the step fails (exit-code 1)"

# 2. upload-sarif: SARIF in RUNNER_TEMP, uploaded before the step fails; fail-on never passes.
run_action release-sarif "$here" "v$version" '{"paths": "units", "upload-sarif": "true"}' UNITLINT_RELEASE_URL="$release_url"
[ "$(result release-sarif 'r.uploads.length')" = 1 ] || fail "release-sarif: SARIF not uploaded"
[ "$(result release-sarif 'r.uploads[0].category')" = unitlint ] || fail "release-sarif: category"
[ "$(result release-sarif 'r.uploads[0].results > 0')" = true ] || fail "release-sarif: no results in the SARIF"
grep -q '^::error file=' "$work/release-sarif.log" && fail "release-sarif: annotated although SARIF was asked for"
[ "$(result release-sarif 'r.failed')" = true ] || fail "release-sarif: the step did not fail on an error after the upload"
run_action release-never "$here" "v$version" '{"paths": "units", "upload-sarif": "true", "fail-on": "never"}' UNITLINT_RELEASE_URL="$release_url"
[ "$(result release-never 'r.failed')" = false ] && [ "$(result release-never 'r.uploads.length')" = 1 ] || fail "release-never: fail-on never"
say "upload-sarif: SARIF 2.1.0 with $(result release-sarif 'r.uploads[0].results') results uploaded (category unitlint) before the step fails; with fail-on never it passes"

# 3. systemd-version, config, args and several paths.
run_action release-243 "$here" "v$version" '{"paths": "units/sync.service", "systemd-version": "243"}' UNITLINT_RELEASE_URL="$release_url"
grep -q '^::error file=units/sync.service,.*SD301' "$work/release-243.log" || fail "systemd-version 243: Restart=on-failure on a oneshot service is not an error"
run_action release-262 "$here" "v$version" '{"paths": "units/sync.service units/web.service"}' UNITLINT_RELEASE_URL="$release_url"
[ "$(result release-262 'r.failed')" = false ] || { cat "$work/release-262.log"; fail "default systemd: sync.service and web.service should pass"; }
run_action release-config "$here" "v$version" '{"paths": "units", "config": "ci/unitlint.yaml", "args": "--ignore SD305"}' UNITLINT_RELEASE_URL="$release_url"
grep -E '^::(error|warning|notice) ' "$work/release-config.log" | grep -q 'SD301' && fail "config: SD301 is ignored by ci/unitlint.yaml"
grep -q '^unitlint check .*--ignore SD305 .*--config ci/unitlint.yaml' "$work/release-config.log" || fail "args and config are not passed"
say "systemd-version 243 makes Restart=on-failure on a oneshot an error (not for the newest), config and args are passed"

# 4. A release whose archive does not match its SHA256SUMS is refused.
mkdir -p "$work/bad-release"
cp "$release/SHA256SUMS" "$work/bad-release/"
printf 'not the archive' > "$work/bad-release/unitlint-$version-linux-x64.tar.gz"
run_action release-tampered "$here" "v$version" '{"paths": "units"}' UNITLINT_RELEASE_URL="file://$work/bad-release"
grep -q 'checksum mismatch' "$work/release-tampered.log" && [ "$(result release-tampered 'r.failed')" = true ] \
  && [ "$(result release-tampered 'r.steps.find(s => s.id === "check").ran')" = false ] || fail "a tampered archive was used"
say "an archive that does not match SHA256SUMS is refused and nothing runs"

# 5. From a branch (a -SNAPSHOT version): Java is set up because the runner has none, unitlint
#    is built from the action's own checkout, and reports what the release reports.
branch="$work/action-checkout"
git clone -q "$here" "$branch"
sed -i '0,/^  <version>.*<\/version>/s||  <version>0.0.0-SNAPSHOT</version>|' "$branch/pom.xml"
run_action branch "$branch" main '{"paths": "units"}'
[ "$(result branch 'r.steps[0].outputs.mode')" = build ] || fail "branch: not built from the checkout"
[ "$(result branch 'r.setupJava.length')" = 1 ] && [ "$(result branch 'r.setupJava[0]["java-version"]')" = 17 ] || fail "branch: Java 17 was not set up"
[ -f "$branch/target/unitlint.jar" ] || fail "branch: nothing built in the action's checkout"
annotations() { grep -E '^::(error|warning|notice) file=' "$1" || true; }
diff <(annotations "$work/release-default.log") <(annotations "$work/branch.log") \
  || fail "branch: other annotations than from the release"
say "from a branch: Java 17 set up (none on PATH), built from the action's checkout, the same annotations"

# --- GitLab CI ----------------------------------------------------------------------------------
template="$here/gitlab/unitlint.gitlab-ci.yml"
grep -q "UNITLINT_VERSION: \"$version\"" "$template" || [[ "$version" == *-SNAPSHOT ]] \
  || fail "gitlab template pins another version than the pom's $version (tools/release/set-version.sh)"
project="$work/gitlab-project"
cp -r "$workspace" "$project"
set +e
(cd "$npm_dir" && node simulate-gitlab.mjs "$template" unitlint "$project" UNITLINT_PATHS=units \
  UNITLINT_VERSION="$version" UNITLINT_RELEASE_URL="$release_url" PATH="$nojava") > "$work/gitlab.log" 2>&1
code=$?
set -e
[ "$code" = 1 ] || { cat "$work/gitlab.log"; fail "gitlab: the job should fail on the SD301 error (exit $code)"; }
grep -q 'units/backup.service:4:9: error: .*\[SD301' "$work/gitlab.log" || { cat "$work/gitlab.log"; fail "gitlab: findings not in the log"; }
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1]));
  if (!Array.isArray(r) || !r.some(i => i.check_name === "SD301" && i.location.path === "units/backup.service")) process.exit(1);
' "$project/gl-code-quality-report.json" || fail "gitlab: no SD301 in gl-code-quality-report.json"
tail -1 "$work/gitlab.log" | grep -q '"codequality":"gl-code-quality-report.json"' || fail "gitlab: the report is not the job's codequality artifact"
say "GitLab job: release verified, Code Quality report written ($(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).length)' "$project/gl-code-quality-report.json") issues), findings in the log, job fails"
say "OK"
