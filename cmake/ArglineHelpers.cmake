# add_argline_test(<name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>])
#
# One Qt Test executable, registered with ctest and run on the offscreen platform, so GUI tests drive
# real widgets without a display. Tests link the libraries; they never list library sources again.
function(add_argline_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE argline_options Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        ARGLINE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        ARGLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_ASSUME_STDERR_HAS_CONSOLE=1;LC_ALL=C.UTF-8"
        LABELS "${ARG_LABELS}"
        TIMEOUT 300)
endfunction()

# add_argline_bench(<name> SOURCES <files...> [LIBS <targets...>])
#
# A benchmark executable (its name contains "bench"). Benchmarks are not ctest tests: run them with
# `./dev bench`, which builds the release preset and prints one `name: value unit` line per figure.
function(add_argline_bench name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE argline_options argline_benchsupport ${ARG_LIBS})
endfunction()

# add_argline_fuzzer(<name> SOURCES <files...> [LIBS <targets...>] [SEEDS <dirs...>] [DICT <file>])
#
# A libFuzzer target (configure preset "fuzz": clang, ASan + UBSan). `./dev fuzz [SECONDS]` and CI run
# every target from its seed folders (read only; new inputs go to build/fuzz/corpus/<name>) with its
# dictionary (relative to the calling folder); any crash, sanitizer report, leak, input taking over 10 s
# or memory over the limit is a finding, saved under build/fuzz/findings/.
function(add_argline_fuzzer name)
    cmake_parse_arguments(ARG "" "DICT" "SOURCES;LIBS;SEEDS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE argline_options ${ARG_LIBS})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    target_compile_definitions(${name} PRIVATE
        ARGLINE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        ARGLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    set(dict "")
    if(ARG_DICT)
        set(dict "${CMAKE_CURRENT_SOURCE_DIR}/${ARG_DICT}")
    endif()
    string(JOIN " " seeds ${ARG_SEEDS})
    file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/fuzzers/${name}.sh" CONTENT
        "name='${name}'\nbinary='$<TARGET_FILE:${name}>'\ndict='${dict}'\nseeds='${seeds}'\n")
endfunction()

# The real files other projects wrote live outside the repository (their licences forbid copying them
# in): next to the checkout as ../shared/interop, or at /work/shared/interop. Tests that need them skip,
# naming the folder, when neither exists; the fuzz targets seed from them when they are there.
if(EXISTS "${PROJECT_SOURCE_DIR}/../shared/interop")
    get_filename_component(ARGLINE_INTEROP_DIR "${PROJECT_SOURCE_DIR}/../shared/interop" ABSOLUTE)
else()
    set(ARGLINE_INTEROP_DIR "/work/shared/interop")
endif()
