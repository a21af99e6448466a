# Writes a demo page from its template: @NEWSQUIZ_FRAGMENT@ becomes the text of FRAGMENT (what
# `newsquiz html` wrote), nothing else changes.
#   cmake -DTEMPLATE=web/demo/static.html.in -DFRAGMENT=seed.html -DOUT=demo/static.html -P scripts/demo-page.cmake
foreach(name TEMPLATE FRAGMENT OUT)
  if(NOT DEFINED ${name})
    message(FATAL_ERROR "[newsquiz] demo-page.cmake needs -D${name}=...")
  endif()
endforeach()
file(READ "${FRAGMENT}" NEWSQUIZ_FRAGMENT)
configure_file("${TEMPLATE}" "${OUT}" @ONLY)
