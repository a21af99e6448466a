cmake_minimum_required(VERSION 3.21)
# Builds web/dist/newsquiz.js: the loader (web/src/loader.js) with its parts, its CSS and
# Emscripten's glue inside its one IIFE, minified with terser when web/node_modules has it.
#   cmake -DSRC=web/src -DGLUE=newsquiz.glue.js -DOUT=web/dist/newsquiz.js -DVERSION=x.y.z
#         [-DNODE=/usr/bin/node -DTERSER=web/node_modules/terser/bin/terser] -P assemble-loader.cmake
# Markers in loader.js: /*@INCLUDE name.js@*/ (a file of web/src), /*@GLUE@*/, '@CSS@' (loader.css
# as one JavaScript string), @VERSION@.
file(READ "${SRC}/loader.js" loader)

string(REGEX MATCHALL "/\\*@INCLUDE [a-z0-9_-]+\\.js@\\*/" includes "${loader}")
foreach(marker ${includes})
  string(REGEX REPLACE "/\\*@INCLUDE ([a-z0-9_-]+\\.js)@\\*/" "\\1" name "${marker}")
  if(NOT EXISTS "${SRC}/${name}")
    message(FATAL_ERROR "[newsquiz] ${SRC}/loader.js includes ${name}, which does not exist")
  endif()
  file(READ "${SRC}/${name}" part)
  string(REPLACE "${marker}" "${part}" loader "${loader}")
endforeach()

# The CSS as a single-quoted JavaScript string: comments and runs of white space go.
file(READ "${SRC}/loader.css" css)
string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" "" css "${css}")
string(REGEX REPLACE "[ \t\r\n]+" " " css "${css}")
string(REPLACE "\\" "\\\\" css "${css}")
string(REPLACE "'" "\\'" css "${css}")
string(STRIP "${css}" css)

foreach(marker "/*@GLUE@*/" "'@CSS@'")
  string(FIND "${loader}" "${marker}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "[newsquiz] ${SRC}/loader.js has no ${marker} marker")
  endif()
endforeach()
file(READ "${GLUE}" glue)
string(REPLACE "'@CSS@'" "'${css}'" loader "${loader}")
string(REPLACE "@VERSION@" "${VERSION}" loader "${loader}")
# The glue last: nothing in it is mistaken for a marker.
string(REPLACE "/*@GLUE@*/" "${glue}" loader "${loader}")
if(NOT NODE OR NOT TERSER OR NOT EXISTS "${TERSER}")
  message(STATUS "[newsquiz] terser not installed (scripts/bootstrap.sh installs it): newsquiz.js stays unminified")
  file(WRITE "${OUT}" "${loader}")
  return()
endif()
file(WRITE "${OUT}.full.js" "${loader}")
execute_process(
  COMMAND "${NODE}" "${TERSER}" "${OUT}.full.js" --compress --mangle --ecma 2017 --comments "/^ newsquiz /" -o "${OUT}"
  RESULT_VARIABLE failed)
file(REMOVE "${OUT}.full.js")
if(failed)
  message(FATAL_ERROR "[newsquiz] terser could not minify ${OUT}")
endif()
