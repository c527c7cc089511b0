# libFuzzer targets (tests/fuzz, DSR_FUZZ=ON): clang only, every object of the code under test
# instrumented for coverage and checked by AddressSanitizer and UndefinedBehaviorSanitizer.
#
# The code under test is compiled with -fsanitize=fuzzer-no-link (coverage without libFuzzer's
# main); each fuzz target links with -fsanitize=fuzzer, which brings the main that drives
# LLVMFuzzerTestOneInput. -O1 keeps the executions per second up without hiding the bugs -O2 may
# optimise into silence (the usual choice for libFuzzer); frame pointers keep the stacks readable.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR
          "DSR_FUZZ needs clang, whose libFuzzer the fuzz targets link; this tree is configured "
          "with ${CMAKE_CXX_COMPILER_ID} (${CMAKE_CXX_COMPILER}). Configure a tree of its own with "
          "CC=clang and CXX=clang++ in the environment: make fuzz makes build-fuzz that way.")
endif()

set(DSR_FUZZ_SANITIZERS address,undefined)
set(DSR_FUZZ_COMPILE_OPTIONS
    -fsanitize=fuzzer-no-link,${DSR_FUZZ_SANITIZERS} -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer -O1 -g)

# Instruments `target` as code under test (a library the fuzz targets link).
function(dsr_fuzz_instrument target)
  target_compile_options(${target} PRIVATE ${DSR_FUZZ_COMPILE_OPTIONS})
endfunction()

# One fuzz target from one source file: bin/<name>.
function(dsr_add_fuzzer name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_compile_options(${name} PRIVATE ${DSR_FUZZ_COMPILE_OPTIONS})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer,${DSR_FUZZ_SANITIZERS})
  target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES})
  set_property(GLOBAL APPEND PROPERTY DSR_FUZZERS ${name})
endfunction()
