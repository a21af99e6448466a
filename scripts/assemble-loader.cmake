cmake_minimum_required(VERSION 3.21)
# Builds web/dist/newsquiz.js: the loader with Emscripten's glue inside its one IIFE.
# cmake -DLOADER=web/src/loader.js -DGLUE=newsquiz.glue.js -DOUT=web/dist/newsquiz.js -DVERSION=x.y.z -P assemble-loader.cmake
file(READ "${LOADER}" loader)
file(READ "${GLUE}" glue)
string(FIND "${loader}" "/*@GLUE@*/" at)
if(at EQUAL -1)
  message(FATAL_ERROR "[newsquiz] ${LOADER} has no /*@GLUE@*/ marker")
endif()
string(REPLACE "/*@GLUE@*/" "${glue}" loader "${loader}")
string(REPLACE "@VERSION@" "${VERSION}" loader "${loader}")
file(WRITE "${OUT}" "${loader}")
