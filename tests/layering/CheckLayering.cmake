# The layering check (DESIGN.md "Shape"), run by ctest as `layering`:
#   cmake -DAPP_DIR=<source>/app -P CheckLayering.cmake
# Fails when
#   ui-storage  a file in app/ui or app/cli (or app/main.cpp) includes a storage/ header;
#   sql         QSqlQuery, QSqlDatabase or QSqlRecord appears outside app/core/storage;
#   upward      a file includes a header of a layer its own layer may not use (the table below);
#   leaf        one of the leaf headers every layer may use includes another core header.
# With -DEXPECT_RULES="rule;rule…" it succeeds only when exactly those rules are broken (the
# self-test over tests/layering/bad, which breaks each rule once).

cmake_minimum_required(VERSION 3.21)

if(NOT APP_DIR)
  message(FATAL_ERROR "Give -DAPP_DIR=<the app/ folder to check>")
endif()
get_filename_component(APP_DIR "${APP_DIR}" ABSOLUTE)

# Who may include whom. A layer is a folder of app/core (core's own top-level files are `base`:
# settings, logging, translations, start-up), or app/ui, app/cli, and `app` for app/main.cpp.
# Order: model ← text ← security ← base ← workflow ← (letters, documents, storage) ← services ←
# (ui, cli) ← app. security sits below the other domain folders because storage appends the
# keyed audit chain (AuditChain, AuditKey) and letters print its checkpoint sheet; letters sit
# above workflow because a procedural draft is approved under ApprovalPolicy (LetterLifecycle);
# ui and cli never reach storage, they call services.
set(ALLOW_model     model)
set(ALLOW_text      model text)
set(ALLOW_security  model text security)
set(ALLOW_base      model text security base)
set(ALLOW_workflow  model text security base workflow)
set(ALLOW_letters   model text security base workflow letters)
set(ALLOW_documents model text security base documents)
set(ALLOW_storage   model text security base storage)
set(ALLOW_services  model text security base workflow letters documents storage services)
set(ALLOW_ui        model text security base workflow letters documents services ui)
set(ALLOW_cli       model text security base workflow letters documents services cli)
set(ALLOW_app       model text security base workflow letters documents services ui cli app)
# Leaf headers of core/ that every layer may include: they include no core header themselves
# (checked below), so they cannot close a cycle. Logging.h only declares the log categories.
set(LEAF_ALL      core/Result.h)
set(LEAF_ABOVE_TEXT core/Logging.h) # from security upwards

set(violations "")
set(rules "")
macro(violation rule text)
  list(APPEND violations "[${rule}] ${text}")
  list(APPEND rules ${rule})
endmacro()

# The layer of a path relative to APP_DIR; empty for a file outside the layered tree.
function(layer_of rel out)
  if(rel MATCHES "^core/([a-z]+)/")
    set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
  elseif(rel MATCHES "^core/[^/]+$")
    set(${out} base PARENT_SCOPE)
  elseif(rel MATCHES "^(ui|cli)/")
    set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
  elseif(rel MATCHES "^[^/]+\\.(cpp|h)$")
    set(${out} app PARENT_SCOPE)
  else()
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

file(GLOB_RECURSE sources RELATIVE "${APP_DIR}" "${APP_DIR}/*.h" "${APP_DIR}/*.cpp")
list(SORT sources)
foreach(rel IN LISTS sources)
  layer_of("${rel}" from)
  if(NOT from)
    continue()
  endif()
  if(NOT DEFINED ALLOW_${from})
    violation(upward "${rel}: the folder core/${from} is not in the layering table")
    continue()
  endif()
  file(READ "${APP_DIR}/${rel}" text)

  if(NOT rel MATCHES "^core/storage/" AND text MATCHES "QSql(Query|Database|Record)")
    violation(sql "${rel}: uses ${CMAKE_MATCH_0}, but all SQL lives in app/core/storage")
  endif()

  get_filename_component(dir "${rel}" DIRECTORY)
  string(REGEX MATCHALL "#[ \t]*include[ \t]*\"[^\"]+\"" includes "${text}")
  foreach(inc IN LISTS includes)
    string(REGEX REPLACE "^#[ \t]*include[ \t]*\"([^\"]+)\"$" "\\1" name "${inc}")
    # As the compiler finds it: next to the file first, then on the include path (app/core).
    set(target "")
    foreach(base_dir "${dir}" "core")
      if(base_dir STREQUAL "")
        set(candidate "${name}")
      else()
        set(candidate "${base_dir}/${name}")
      endif()
      if(EXISTS "${APP_DIR}/${candidate}" AND NOT IS_DIRECTORY "${APP_DIR}/${candidate}")
        get_filename_component(abs "${APP_DIR}/${candidate}" ABSOLUTE)
        file(RELATIVE_PATH target "${APP_DIR}" "${abs}")
        break()
      endif()
    endforeach()
    if(NOT target)
      continue() # generated (AppInfo.h, ui_*.h) or outside app/
    endif()
    if(target IN_LIST LEAF_ALL)
      continue()
    endif()
    if(target IN_LIST LEAF_ABOVE_TEXT AND NOT from MATCHES "^(model|text)$")
      continue()
    endif()
    layer_of("${target}" to)
    if(NOT to)
      continue()
    endif()
    if(to STREQUAL "storage" AND from MATCHES "^(ui|cli|app)$")
      violation(ui-storage "${rel}: includes ${target}, but the window and dsrctl go through services")
    elseif(NOT to IN_LIST ALLOW_${from})
      list(JOIN ALLOW_${from} ", " allowed)
      violation(upward "${rel}: includes ${target} (${from} may include: ${allowed})")
    endif()
  endforeach()
endforeach()

# The leaf headers must stay leaves.
foreach(leaf IN LISTS LEAF_ALL LEAF_ABOVE_TEXT)
  if(EXISTS "${APP_DIR}/${leaf}")
    file(READ "${APP_DIR}/${leaf}" text)
    if(text MATCHES "#[ \t]*include[ \t]*\"")
      violation(leaf "${leaf}: a leaf header every layer may include must not include a project header")
    endif()
  endif()
endforeach()

list(REMOVE_DUPLICATES rules)
list(SORT rules)
list(LENGTH sources count)
if(DEFINED EXPECT_RULES)
  set(expected ${EXPECT_RULES})
  list(SORT expected)
  foreach(v IN LISTS violations)
    message(STATUS "${v}")
  endforeach()
  if(NOT rules STREQUAL expected)
    message(FATAL_ERROR "Expected the rules \"${expected}\" to be broken, found \"${rules}\".")
  endif()
  message(STATUS "The check finds each deliberate violation (${expected}).")
elseif(violations)
  list(JOIN violations "\n  " listed)
  message(FATAL_ERROR "Layering violations (DESIGN.md \"Shape\"; table in ${CMAKE_CURRENT_LIST_FILE}):\n  ${listed}")
else()
  message(STATUS "Layering holds over ${count} files.")
endif()
