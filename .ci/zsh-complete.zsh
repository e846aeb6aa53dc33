#!/usr/bin/env zsh
# Types a command line into an interactive zsh in a pseudo-terminal, presses Tab and prints
# what the line became, as a user would see it: .ci/install-test.sh uses it to show that the
# installed _unitlint completes 'unitlint check --fo' to '--format'.
#   zsh -f .ci/zsh-complete.zsh 'unitlint check --fo' EXPECTED
zmodload zsh/zpty
typed=$1 expected=$2
zpty z zsh -f -i
zpty -w z 'PS1="> "; autoload -Uz compinit; compinit -u -D; print -r -- COMPDEF=${_comps[unitlint]}; print -r -- RE""ADY'
out=
for i in {1..100}; do
  zpty -r -t z chunk && out+=$chunk
  [[ $out == *READY* ]] && break
  sleep 0.1
done
print -r -- ${(M)${(f)out}:#COMPDEF=*}
zpty -w -n z "$typed"$'\t'
line=
for i in {1..100}; do
  zpty -r -t z chunk && line+=$chunk
  [[ $line == *$expected* ]] && break
  sleep 0.1
done
zpty -d z
print -r -- "LINE=${line//$'\r'/}"
[[ $line == *$expected* ]]
