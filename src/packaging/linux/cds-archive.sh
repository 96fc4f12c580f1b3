#!/bin/sh
# Makes the installed mgp's class-data-sharing archive, mgp.jsa, beside this script in the app folder: the classes a
# start loads (startup.classlist, learnt from a start in the build by start-cache.sh), parsed and verified once, so
# that the window shows its first chart about 0.4 s sooner (docs/PERFORMANCE.md). postinst runs it, as an archive
# serves only the runtime and the class path it was made with, which are the installed ones; prerm removes it. The
# launcher names it (mgp.cfg); a java that finds it missing or mismatching starts without it.
# A package whose runtime has an AOT cache instead (mgp.aot, JDK 25 and newer: start-cache.sh) has no class list, and
# nothing is made.
set -e
app=$(cd "$(dirname "$0")" && pwd)
[ -f "$app/startup.classlist" ] || exit 0
classpath=$(sed -n "s#^app.classpath=\$APPDIR#$app#p" "$app/mgp.cfg" | paste -sd: -)
rm -f "$app/mgp.jsa"
"$app/../runtime/bin/java" -Xshare:dump -Xlog:all=error -XX:SharedClassListFile="$app/startup.classlist" \
    -XX:SharedArchiveFile="$app/mgp.jsa" -cp "$classpath" > /dev/null
