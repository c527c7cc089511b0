# `format` rewrites every C++ file in place; `format-check` fails on the first unformatted one.
find_program(CLANG_FORMAT_EXE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXE)
  file(GLOB_RECURSE DSR_FORMAT_SOURCES CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
       ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h)
  add_custom_target(format COMMAND ${CLANG_FORMAT_EXE} -i ${DSR_FORMAT_SOURCES}
                    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} COMMENT "clang-format (rewrite)")
  add_custom_target(format-check COMMAND ${CLANG_FORMAT_EXE} --dry-run --Werror ${DSR_FORMAT_SOURCES}
                    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} COMMENT "clang-format (check)")
endif()
