# SPDX-License-Identifier: EUPL-1.2
# Benchmarks of start-up, frame cost and memory (issue 17, points 1, 2 and 5); run by script/bench.
# Included from tests/CMakeLists.txt, so these targets stay in one block of their own.
set(hr_bench_dir ${CMAKE_CURRENT_SOURCE_DIR}/bench)

# The reference program: bare Dear ImGui on GLFW + OpenGL 3, measured with the app's own timings code.
add_executable(bare_imgui ${hr_bench_dir}/bare_imgui.cpp ${PROJECT_SOURCE_DIR}/app/ui/startup_timings.cpp)
target_include_directories(bare_imgui PRIVATE ${PROJECT_SOURCE_DIR}/app/ui)
target_link_libraries(bare_imgui PRIVATE imgui PkgConfig::GLFW OpenGL::GL PkgConfig::STB handreiking_warnings)

# Starts the app and the bare program in turn and prints their phases, ratios and memory.
add_executable(startup_bench ${hr_bench_dir}/startup_bench.cpp)
target_link_libraries(startup_bench PRIVATE handreiking_core handreiking_warnings)
target_compile_definitions(startup_bench PRIVATE HR_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

set_target_properties(bare_imgui startup_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/bench)

# CPU per frame of the heaviest screens, headless (the app's boot, views and controller, no GL).
add_executable(frame_bench ${hr_bench_dir}/frame_bench.cpp)
target_link_libraries(frame_bench PRIVATE handreiking_ui handreiking_warnings test_drops_results)
target_compile_definitions(frame_bench PRIVATE HR_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
set_target_properties(frame_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/bench)

# The glyph atlas cache that takes the rasterising out of the start (app/ui/font_cache.h).
add_executable(font_cache_tests ${CMAKE_CURRENT_SOURCE_DIR}/ui/test_font_cache.cpp)
target_link_libraries(font_cache_tests PRIVATE test_support handreiking_ui Catch2::Catch2WithMain
  handreiking_warnings handreiking_sanitizers)
catch_discover_tests(font_cache_tests TEST_PREFIX "ui: " EXTRA_ARGS --warn NoTests)
