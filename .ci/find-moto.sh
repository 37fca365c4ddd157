# Sourced: defines find_moto, which prints the path of a runnable moto_server or fails.
find_moto() {
  local candidate
  if [ -n "${MOTO_SERVER:-}" ] && [ -x "$MOTO_SERVER" ]; then
    echo "$MOTO_SERVER"; return 0
  fi
  if candidate="$(command -v moto_server 2>/dev/null)"; then
    echo "$candidate"; return 0
  fi
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/*/bin/moto_server "${PYENV_ROOT:-$HOME/.pyenv}/shims/moto_server"; do
    if [ -x "$candidate" ]; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}
