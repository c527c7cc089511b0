# Warnings are errors in Debug builds (GCC, Clang); Linux Release builds get hardening flags.
if(MSVC)
  # Windows has not been built yet: warnings stay warnings until it has. The sources are UTF-8.
  add_compile_options(/W4 /utf-8)
else()
  add_compile_options(-Wall -Wextra -Wpedantic)
  add_compile_options($<$<CONFIG:Debug>:-Werror>)
endif()
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_KEYWORDS QT_NO_FOREACH
                        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_BUILD_TYPE STREQUAL "Release" OR CMAKE_BUILD_TYPE STREQUAL "RelWithDebInfo")
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    add_compile_options(-D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE)
    add_link_options(-Wl,-z,relro,-z,now -pie)
  endif()
endif()
# How much debug information a Debug build carries: "full" (-g, for a debugger) or "lines" (-g1:
# file and line for backtraces and sanitizer reports, a fifth less compile time and a third of the
# object size). CI builds with lines (.ci/run); the ASan build always does.
set(DSR_DEBUG_INFO "full" CACHE STRING "Debug information of Debug builds: full or lines")
set_property(CACHE DSR_DEBUG_INFO PROPERTY STRINGS full lines)
if(NOT MSVC AND (DSR_DEBUG_INFO STREQUAL "lines" OR DSR_SANITIZE))
  add_compile_options($<$<CONFIG:Debug>:-g1>)
endif()
if(DSR_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  # The document checker leaves out its memory limit then (core/documents/DocumentCheck).
  add_compile_definitions(DSR_SANITIZED)
  add_link_options(-fsanitize=address,undefined)
endif()
