#!/bin/sh
# Fails when library or CLI code calls a banned libc function: unbounded
# or non-reentrant ones (as curl's checksrc does).  Dates use pure
# arithmetic in src/core/calendar.c instead of the time functions.
banned='\b(strcpy|strcat|sprintf|vsprintf|gets|strtok|atoi|atol|atof|sscanf|localtime|gmtime|mktime|asctime|ctime|tmpnam|rand)\s*\('
if grep -nE "$banned" src/*/*.c src/*/*.h cli/*.c cli/*.h include/*.h; then
    echo "check-banned: banned function used (see tools/check-banned.sh)" >&2
    exit 1
fi
echo "check-banned: ok"
