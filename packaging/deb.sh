# Sourced by bin/release: the Debian package. jpackage makes the application image (native launcher + a runtime
# trimmed by jlink, so no JDK is needed); dpkg-deb packs it with the man pages and completion where Debian looks
# for them. (jpackage --type deb would compress the 150 MB twice and cannot place man pages: 3 minutes more here.)

JAVA_OPTIONS='-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED'

runtime_modules() { grep -v '^#' "$PKG/runtime-modules.txt" | grep . | paste -sd, -; }

# Every module jdeps finds in the jars is in packaging/runtime-modules.txt (but the incubator one, on purpose).
check_runtime_modules() { # $1 lib dir
  local found m missing=()
  step "checking the runtime's modules against jdeps"
  found=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 21 "$1"/*.jar 2>/dev/null | tail -1)
  for m in ${found//,/ }; do
    [ "$m" = jdk.incubator.vector ] && continue
    grep -qx "$m" "$PKG/runtime-modules.txt" || missing+=("$m")
  done
  ((${#missing[@]} == 0)) || die "packaging/runtime-modules.txt lacks ${missing[*]} (jdeps: $found)"
}

# DuckDB's jar carries its native library for four platforms; the package is for amd64 Linux: 53 MB less.
trim_duckdb() { # $1 lib dir
  local jar others
  for jar in "$1"/duckdb_jdbc-*.jar; do
    [ -f "$jar" ] || continue
    others=$(unzip -Z1 "$jar" | grep '^libduckdb_java\.so_' | grep -vx 'libduckdb_java\.so_linux_amd64' || true)
    # shellcheck disable=SC2086
    [ -z "$others" ] || zip -qd "$jar" $others
  done
}

deb_control() { # $1 root, $2 Debian version
  cat <<CONTROL
Package: finlens
Version: $2
Architecture: amd64
Maintainer: finlens developers <finlens@users.noreply.github.com>
Depends: libc6, libstdc++6, libgcc-s1
Section: utils
Priority: optional
Installed-Size: $(du -sk "$1/usr" | cut -f1)
Homepage: https://github.com/finlens/finlens
Description: earnings coverage into verified, queryable facts
 finlens reads earnings articles, press releases and call transcripts (Chinese
 and English) and returns every reported figure as a structured fact with the
 span of text it was read from, arithmetic checks, and the call's Q&A by
 analyst and executive. Ships its own Java runtime.
CONTROL
}

make_deb() { # $1 staged app, $2 Maven version, $3 compression (xz for releases, gzip for CI)
  local app=$1 debv=${2//-/\~} d="$OUT/deb" root="$OUT/deb/root"
  step "Debian package $debv: jlink, jpackage app-image, dpkg-deb ($3)"
  rm -rf "$d" && mkdir -p "$d/input"
  cp "$app"/lib/*.jar "$d/input/"
  trim_duckdb "$d/input"
  jlink --add-modules "$(runtime_modules)" --strip-debug --no-header-files --no-man-pages --output "$d/runtime"
  # headless: the AWT and sound libraries that need X11 or ALSA go, so the package needs only libc and libstdc++
  rm -f "$d"/runtime/lib/{libawt_xawt,libjawt,libjsound,libsplashscreen}.so
  jpackage --type app-image --name finlens --app-version "${2%%-*}" --vendor finlens --input "$d/input" \
    --main-jar finlens-cli.jar --main-class io.finlens.cli.Main --runtime-image "$d/runtime" \
    --java-options "$JAVA_OPTIONS" --dest "$d/image"
  mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/lib" "$root/usr/share/man/man1" \
    "$root/usr/share/bash-completion/completions" "$root/usr/share/doc/finlens"
  mv "$d/image/finlens" "$root/usr/lib/finlens"
  rm -f "$root/usr/lib/finlens/lib/finlens.png"
  ln -s ../lib/finlens/bin/finlens "$root/usr/bin/finlens"
  cp "$app"/man/man1/*.1.gz "$root/usr/share/man/man1/"
  cp "$app/completion/finlens" "$root/usr/share/bash-completion/completions/finlens"
  cat "$ROOT/NOTICE" <(echo) "$ROOT/LICENSE" > "$root/usr/share/doc/finlens/copyright"
  [ -f "$app/THIRD-PARTY.txt" ] && cp "$app/THIRD-PARTY.txt" "$root/usr/share/doc/finlens/"
  deb_control "$root" "$debv" > "$root/DEBIAN/control"
  chmod -R u+rwX,go+rX,go-w "$root"
  find "$root" -exec touch -h -d "@$(epoch)" {} +
  SOURCE_DATE_EPOCH=$(epoch) dpkg-deb --root-owner-group -Z"$3" -b "$root" "$OUT/finlens_${debv}_amd64.deb" >/dev/null
  rm -rf "$d"
}
